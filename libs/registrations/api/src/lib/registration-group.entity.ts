import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { Organisation } from '@samverkan/identity/api';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import type { Language } from '@samverkan/registrations/contract';
import { Registration } from './registration.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A group registered by a contact person for their organisation. The contact manages the group through
 * a secret link (LinkTokens, purpose `registration-group`); only its hash is stored.
 */
@Entity('registration_groups')
@Check('registration_groups_organisation_type_check', `organisation_type IN (${list(ORGANISATION_TYPES)})`)
@Check('registration_groups_contact_language_check', `contact_language IN ('sv', 'en')`)
@Index('registration_groups_conference_idx', ['conferenceId'])
export class RegistrationGroup {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'registration_groups_pk' })
  id!: string;

  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'registration_groups_conference_fk' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 100 })
  contactFirstName!: string;

  @Column({ type: 'varchar', length: 100 })
  contactLastName!: string;

  /** Lower-case. */
  @Column({ type: 'varchar', length: 254 })
  contactEmail!: string;

  @Column({ type: 'varchar', length: 2, default: 'sv' })
  contactLanguage!: Language;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'registration_groups_organisation_fk' })
  organisation?: Organisation | null;

  @Column({ type: 'varchar', length: 200 })
  organisationName!: string;

  @Column({ type: 'varchar', length: 20 })
  organisationType!: OrganisationType;

  /** SHA-256 of the group link's token; the token is made again from the id and version. */
  @Index('registration_groups_token_hash_uq', { unique: true })
  @Column({ type: 'varchar', length: 64, select: false })
  tokenHash!: string;

  @Column({ type: 'integer', default: 1 })
  tokenVersion!: number;

  /** Set when the conference's personal data is anonymised (retention): the contact's name and address are gone. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A registration made through a group, at its place in the group's list (1-based, in the order added). */
@Entity('registration_group_members')
@Unique('registration_group_members_position_uq', ['groupId', 'position'])
export class RegistrationGroupMember {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'registration_group_members_pk' })
  registrationId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'registration_group_members_registration_fk' })
  registration?: Registration;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => RegistrationGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'registration_group_members_group_fk' })
  group?: RegistrationGroup;

  @Column({ type: 'integer' })
  position!: number;
}
