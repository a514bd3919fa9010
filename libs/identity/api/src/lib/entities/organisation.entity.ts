import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';

export const ORGANISATION_TYPE_CHECK = `type IN (${ORGANISATION_TYPES.map((t) => `'${t}'`).join(', ')})`;

@Entity('organisations')
@Check('organisations_type_check', ORGANISATION_TYPE_CHECK)
export class Organisation extends BaseEntity {
  /** Unique case-insensitively: the index on lower(name) is created by the migration. */
  @Index('organisations_name_uq', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: OrganisationType;

  /** A member municipality of the association. */
  @Column({ type: 'boolean', default: false })
  member!: boolean;
}
