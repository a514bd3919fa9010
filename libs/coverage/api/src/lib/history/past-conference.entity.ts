import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, Unique } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import type { ImportSessionFormat, ParticipantType } from '@samverkan/coverage/contract';

/**
 * A conference held before the association used the app, known only from a history import
 * (docs/adr/0005-imported-history.md). `importKey` is the file's natural key: re-importing a file
 * finds the same row instead of adding a second one.
 */
@Entity('past_conferences')
@Unique('past_conferences_import_key_uq', ['importKey'])
@Check('past_conferences_dates_check', `ends_on >= starts_on`)
export class PastConference extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  importKey!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Index('past_conferences_starts_on_idx')
  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @OneToMany(() => PastSession, (session) => session.conference)
  sessions?: PastSession[];
}

/** A theme or programme item of a past conference, tagged with focus-area codes of the current strategy. */
@Entity('past_sessions')
@Unique('past_sessions_conference_title_uq', ['pastConferenceId', 'title'])
@Check('past_sessions_format_check', `format IN ('theme', 'keynote', 'panel', 'seminar', 'workshop', 'study-visit', 'other')`)
@Check('past_sessions_minutes_check', `minutes IS NULL OR minutes BETWEEN 0 AND 10000`)
@Check('past_sessions_signups_check', `signups >= 0`)
export class PastSession extends BaseEntity {
  @Column({ type: 'uuid' })
  pastConferenceId!: string;

  @ManyToOne(() => PastConference, (conference) => conference.sessions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'past_conference_id', foreignKeyConstraintName: 'past_sessions_conference_fk' })
  conference?: PastConference;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  format!: ImportSessionFormat;

  @Column({ type: 'integer', nullable: true })
  minutes!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  focusAreaCodes!: string[];

  @Column({ type: 'integer', default: 0 })
  signups!: number;
}

/** How many people of one organisation type took part in a past conference. */
@Entity('past_participant_counts')
@Check('past_participant_counts_type_check', `organisation_type IN ('municipality', 'business', 'region', 'state-agency', 'other')`)
@Check('past_participant_counts_count_check', `count >= 0`)
export class PastParticipantCount {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'past_participant_counts_pk' })
  pastConferenceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'past_participant_counts_pk' })
  organisationType!: ParticipantType;

  @ManyToOne(() => PastConference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'past_conference_id', foreignKeyConstraintName: 'past_participant_counts_conference_fk' })
  conference?: PastConference;

  @Column({ type: 'integer' })
  count!: number;
}

export const COVERAGE_ENTITIES = [PastConference, PastSession, PastParticipantCount];
