import { Check, Column, Entity, VirtualColumn, type SelectQueryBuilder, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { Organisation } from '@samverkan/identity/api';
import { FocusArea } from '@samverkan/strategy/api';
import { CONFERENCE_STATUSES, type ConferenceStatus } from '@samverkan/conferences/contract';

@Entity('conferences')
@Check('conferences_status_check', `status IN (${CONFERENCE_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('conferences_dates_check', `ends_at > starts_at`)
@Check('conferences_capacity_check', `capacity >= 0 AND capacity <= 100000`)
@Check(
  'conferences_window_check',
  `registration_opens_at IS NULL OR registration_closes_at IS NULL OR registration_opens_at < registration_closes_at`,
)
@Index('conferences_starts_at_idx', ['startsAt'])
@Index('conferences_slug_uq', ['slug'], { unique: true })
export class Conference extends BaseEntity {
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: ConferenceStatus;

  /**
   * The readable address (`/konferenser/<slug>`), from the Swedish title and the year. It follows the
   * title while the conference is a draft and stays put once published, so shared links keep working.
   * Null only for rows made outside the services (the web then uses the id).
   */
  @Column({ type: 'varchar', length: 80, nullable: true })
  slug!: string | null;

  @Column({ type: 'varchar', length: 300 })
  titleSv!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionSv!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  hostOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'host_organisation_id', foreignKeyConstraintName: 'conferences_host_organisation_fk' })
  hostOrganisation?: Organisation | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  capacity!: number;

  /**
   * Seats taken: counted from the seat rows (ADR 0009; a trigger keeps one row per place, the
   * registrations domain claims them). Never written. Not read by default (a count on every load, the
   * registration's hot read too): `withSeatsTaken` adds it where it is shown or decided on.
   */
  @VirtualColumn({
    type: 'integer',
    select: false,
    query: (alias) => `SELECT count(*)::int FROM conference_seats s WHERE s.conference_id = ${alias}.id AND s.registration_id IS NOT NULL`,
  })
  confirmedCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationClosesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @ManyToMany(() => FocusArea)
  @JoinTable({
    name: 'conference_focus_areas',
    joinColumn: { name: 'conference_id', foreignKeyConstraintName: 'conference_focus_areas_conference_fk' },
    inverseJoinColumn: { name: 'focus_area_id', foreignKeyConstraintName: 'conference_focus_areas_focus_area_fk' },
  })
  focusAreas?: FocusArea[];

  @OneToMany(() => Theme, (theme) => theme.conference)
  themes?: Theme[];
}

@Entity('themes')
@Index('themes_conference_idx', ['conferenceId'])
export class Theme extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, (c) => c.themes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'themes_conference_fk' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 300 })
  titleSv!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionSv!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  /** The accepted proposal this theme came from (proposals domain, later in the flow: a plain reference). */
  @Column({ type: 'uuid', nullable: true })
  sourceProposalId!: string | null;

  @ManyToMany(() => FocusArea)
  @JoinTable({
    name: 'theme_focus_areas',
    joinColumn: { name: 'theme_id', foreignKeyConstraintName: 'theme_focus_areas_theme_fk' },
    inverseJoinColumn: { name: 'focus_area_id', foreignKeyConstraintName: 'theme_focus_areas_focus_area_fk' },
  })
  focusAreas?: FocusArea[];
}

/** A query for conferences that also reads `confirmedCount` (not selected by default). */
export function withSeatsTaken(qb: SelectQueryBuilder<Conference>, alias = 'c'): SelectQueryBuilder<Conference> {
  return qb.addSelect(`${alias}.confirmedCount`);
}
