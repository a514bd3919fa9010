import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { ROLES, type Role } from '@samverkan/identity/contract';
import { Organisation } from './organisation.entity';

export const ROLES_CHECK = `roles <@ ARRAY[${ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`;

@Entity('users')
@Unique('users_email_uq', ['email'])
@Check('users_roles_check', ROLES_CHECK)
@Check('users_email_check', `email = lower(email)`)
export class User extends BaseEntity {
  /** Always stored lower-case, so the unique constraint is case-insensitive. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'users_organisation_fk' })
  organisation?: Organisation | null;
}
