import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
  VirtualColumn,
} from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { Conference, Theme } from '@samverkan/conferences/api';
import { FocusArea } from '@samverkan/strategy/api';
import { Proposal } from '@samverkan/proposals/api';
import { User } from '@samverkan/identity/api';
import { AGENDA_ITEM_TYPES, type AgendaItemType, type ChangelogEntry, type ProgrammeResponse } from '@samverkan/agenda/contract';

@Entity('rooms')
@Check('rooms_capacity_check', `capacity >= 0`)
@Index('rooms_conference_idx', ['conferenceId', 'position'])
export class Room extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'rooms_conference_fk' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  accessibilityNotes!: string | null;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

/** A session's places taken, in SQL, for an expression naming the agenda item's id: its sign-ups, counted. */
export function signupsTakenSql(itemId: string): string {
  return `(SELECT count(*)::int FROM session_signups taken WHERE taken.agenda_item_id = ${itemId})`;
}

/** A programme item (programpunkt) of the draft agenda; published versions freeze copies of these. */
@Entity('agenda_items')
@Check('agenda_items_type_check', `type IN (${AGENDA_ITEM_TYPES.map((t) => `'${t}'`).join(', ')})`)
@Check('agenda_items_times_check', `(starts_at IS NULL) = (ends_at IS NULL) AND (starts_at IS NULL OR ends_at > starts_at)`)
@Check('agenda_items_signup_check', `NOT signup_required OR signup_capacity IS NOT NULL`)
@Index('agenda_items_conference_idx', ['conferenceId', 'startsAt'])
export class AgendaItem extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'agenda_items_conference_fk' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 300 })
  titleSv!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionSv!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ type: 'varchar', length: 20 })
  type!: AgendaItemType;

  @Column({ type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  roomId!: string | null;

  @ManyToOne(() => Room, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'agenda_items_room_fk' })
  room?: Room | null;

  @Column({ type: 'uuid', nullable: true })
  themeId!: string | null;

  @ManyToOne(() => Theme, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'agenda_items_theme_fk' })
  theme?: Theme | null;

  @Column({ type: 'uuid', nullable: true })
  sourceProposalId!: string | null;

  @ManyToOne(() => Proposal, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_proposal_id', foreignKeyConstraintName: 'agenda_items_source_proposal_fk' })
  sourceProposal?: Proposal | null;

  @ManyToMany(() => FocusArea)
  @JoinTable({
    name: 'agenda_item_focus_areas',
    joinColumn: { name: 'agenda_item_id', foreignKeyConstraintName: 'agenda_item_focus_areas_item_fk' },
    inverseJoinColumn: { name: 'focus_area_id', foreignKeyConstraintName: 'agenda_item_focus_areas_focus_area_fk' },
  })
  focusAreas?: FocusArea[];

  @Column({ type: 'boolean', default: false })
  signupRequired!: boolean;

  @Column({ type: 'integer', nullable: true })
  signupCapacity!: number | null;

  /**
   * Places taken: the sign-ups, counted. Never written: a place is a seat row (session_seats, which a
   * trigger keeps equal to the capacity), claimed by the registrations domain (ADR 0009).
   */
  @VirtualColumn({
    type: 'integer',
    query: (alias) => signupsTakenSql(`${alias}.id`),
  })
  signupCount!: number;

  /** Optimistic lock: an edit names the version it is based on. */
  @VersionColumn({ default: 1 })
  version!: number;
}

/** A published, numbered version of a conference's programme: a frozen snapshot and what changed. */
@Entity('agenda_versions')
@Unique('agenda_versions_conference_number_uq', ['conferenceId', 'number'])
export class AgendaVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'agenda_versions_conference_fk' })
  conference?: Conference;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'agenda_versions_published_by_fk' })
  publishedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ type: 'integer', default: 0 })
  conflictCount!: number;

  @Column({ type: 'jsonb' })
  snapshot!: Omit<ProgrammeResponse, 'version' | 'publishedAt'>;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: ChangelogEntry['changes'];
}
