import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItem } from '@samverkan/agenda/api';
import { BaseEntity } from '@samverkan/shared/api-database';
import { Conference } from '@samverkan/conferences/api';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import { Organisation } from '@samverkan/identity/api';
import { REGISTRATION_STATUSES, type Language, type RegistrationStatus } from '@samverkan/registrations/contract';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('registrations')
@Check('registrations_status_check', `status IN (${list(REGISTRATION_STATUSES)})`)
@Check('registrations_organisation_type_check', `organisation_type IN (${list(ORGANISATION_TYPES)})`)
@Check('registrations_language_check', `language IN ('sv', 'en')`)
@Check('registrations_waitlist_rank_check', `(status = 'waitlisted') = (waitlist_rank IS NOT NULL)`)
@Index('registrations_conference_created_idx', ['conferenceId', 'createdAt'])
@Index('registrations_conference_waitlist_idx', ['conferenceId', 'waitlistRank'])
/** Confirmed participants by organisation type per conference: (conference_id, organisation_type) WHERE status = 'confirmed', in the migration. */
@Index('registrations_confirmed_type_idx', { synchronize: false })
export class Registration extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'registrations_conference_fk' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 20 })
  status!: RegistrationStatus;

  /** Arrival order on the waitlist; set while waitlisted, cleared on promotion. */
  @Column({ type: 'bigint', nullable: true })
  waitlistRank!: string | null;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  /** Lower-case. One active registration per e-mail and conference (partial unique index in the migration). */
  @Index('registrations_conference_email_uq', { synchronize: false })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'registrations_organisation_fk' })
  organisation?: Organisation | null;

  @Column({ type: 'varchar', length: 200 })
  organisationName!: string;

  @Column({ type: 'varchar', length: 20 })
  organisationType!: OrganisationType;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  dietaryNeeds!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  accessibilityNeeds!: string | null;

  @Column({ type: 'varchar', length: 2, default: 'sv' })
  language!: Language;

  @Column({ type: 'timestamptz' })
  consentedAt!: Date;

  /** When the person consented to the processing of their needs (health data); null without consent, and the needs are then empty. */
  @Column({ type: 'timestamptz', nullable: true })
  healthDataConsentAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  showOnAttendeeList!: boolean;

  /**
   * SHA-256 of the manage link's token (RegistrationLinks): whoever holds the token manages the
   * registration. The token itself is never stored; it is made again from the id and version.
   */
  @Index('registrations_manage_token_hash_uq', { unique: true })
  @Column({ type: 'varchar', length: 64, select: false })
  manageTokenHash!: string;

  /** Raised when the manage link is issued anew; 0 marks a link from before tokens were derived. */
  @Column({ type: 'integer', default: 1 })
  manageTokenVersion!: number;

  /** SHA-256 of the personal calendar feed's token: separate from the manage link, rotatable. */
  @Index('registrations_calendar_token_hash_uq', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  calendarTokenHash!: string;

  @Column({ type: 'integer', default: 1 })
  calendarTokenVersion!: number;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  /** The staff member who checked the person in; null when not checked in or unknown. */
  @Column({ type: 'uuid', nullable: true })
  checkedInBy!: string | null;

  /** SHA-256 of the check-in code (CheckInCodes); null until the code is first shown. */
  @Index('registrations_check_in_code_hash_uq', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  checkInCodeHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  promotedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;
}

export const REGISTRATION_EVENT_KINDS = [
  'created',
  'promoted',
  'cancelled',
  'moved',
  'checked-in',
  'updated',
  'erased',
  'anonymised',
] as const;
export type RegistrationEventKind = (typeof REGISTRATION_EVENT_KINDS)[number];

export type EventDetails = Record<string, string | number | boolean | null | string[]>;

/** The audit trail of a registration: who did what and, for staff moves, why. */
@Entity('registration_events')
@Index('registration_events_registration_idx', ['registrationId', 'createdAt'])
@Check('registration_events_kind_check', `kind IN (${list(REGISTRATION_EVENT_KINDS)})`)
export class RegistrationEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  registrationId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'registration_events_registration_fk' })
  registration?: Registration;

  @Column({ type: 'varchar', length: 20 })
  kind!: RegistrationEventKind;

  /** The staff member who acted; null for the registrant or the system. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: EventDetails;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A registered participant's place in a session that needs sign-up (workshop, study visit). */
@Entity('session_signups')
@Index('session_signups_item_idx', ['agendaItemId'])
export class SessionSignup {
  @PrimaryColumn({ type: 'uuid' })
  registrationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'session_signups_registration_fk' })
  registration?: Registration;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'session_signups_agenda_item_fk' })
  agendaItem?: AgendaItem;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A session place someone no longer holds: withdrawn, lost with a cancelled registration, or gone
 * with a removed programme item. Kept so the personal calendar feed can show the session as
 * CANCELLED (and the change mail reach them) instead of silently dropping it. Written by database
 * triggers on session_signups (migration SessionWithdrawals), so every path that deletes a sign-up,
 * the cascade from a deleted agenda item included, leaves one; a new sign-up for the item removes it.
 */
@Entity('session_withdrawals')
@Index('session_withdrawals_item_idx', ['agendaItemId'])
export class SessionWithdrawal {
  @PrimaryColumn({ type: 'uuid' })
  registrationId!: string;

  /** No foreign key: the item may be gone from the draft and live on only in published versions. */
  @PrimaryColumn({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => Registration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'session_withdrawals_registration_fk' })
  registration?: Registration;

  /** True when the place went with the item itself (deleted from the programme), not by the person. */
  @Column({ type: 'boolean', default: false })
  itemRemoved!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  withdrawnAt!: Date;
}
