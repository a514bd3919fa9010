import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { User } from '@samverkan/identity/api';
import { FocusArea, Strategy } from '@samverkan/strategy/api';
import { Proposal } from '@samverkan/proposals/api';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@samverkan/proposals/contract';
import { MEETING_ITEM_KINDS, MINUTES_STATUSES, type MeetingItemKind, type MinutesStatus } from '@samverkan/committee/contract';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A working-committee meeting (möte) with its agenda (dagordning) and minutes (protokoll). */
@Entity('meetings')
@Check('meetings_minutes_status_check', `minutes_status IN (${list(MINUTES_STATUSES)})`)
@Index('meetings_starts_at_idx', ['startsAt'])
export class Meeting extends BaseEntity {
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoLink!: string | null;

  @Column({ type: 'uuid' })
  chairId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_id', foreignKeyConstraintName: 'meetings_chair_fk' })
  chair?: User;

  /** Justerare: approves the minutes together with the chair. */
  @Column({ type: 'uuid', nullable: true })
  minutesApproverId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_approver_id', foreignKeyConstraintName: 'meetings_minutes_approver_fk' })
  minutesApprover?: User | null;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  minutesStatus!: MinutesStatus;

  @Column({ type: 'timestamptz', nullable: true })
  chairApprovedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  approverApprovedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  noticeSentAt!: Date | null;
}

@Entity('meeting_participants')
export class MeetingParticipant {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_participants_meeting_fk' })
  meeting?: Meeting;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'meeting_participants_user_fk' })
  user?: User;

  /** Attendance: null until recorded. */
  @Column({ type: 'boolean', nullable: true })
  present!: boolean | null;
}

@Entity('meeting_items')
@Check('meeting_items_kind_check', `kind IN (${list(MEETING_ITEM_KINDS)})`)
@Check('meeting_items_outcome_check', `outcome IS NULL OR outcome IN (${list(DECISION_OUTCOMES)})`)
@Index('meeting_items_meeting_idx', ['meetingId', 'position'])
export class MeetingItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_items_meeting_fk' })
  meeting?: Meeting;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: MeetingItemKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @ManyToOne(() => Proposal, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'meeting_items_proposal_fk' })
  proposal?: Proposal | null;

  /** A `strategy-adoption` item: the strategy version whose adoption it decides. */
  @Column({ type: 'uuid', nullable: true })
  strategyId!: string | null;

  @ManyToOne(() => Strategy, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'meeting_items_strategy_fk' })
  strategy?: Strategy | null;

  @Column({ type: 'uuid', nullable: true })
  actionItemId!: string | null;

  /** A `previous-minutes` item: the earlier meeting whose justerat minutes it refers to (null: none yet). */
  @Column({ type: 'uuid', nullable: true })
  previousMeetingId!: string | null;

  @ManyToOne(() => Meeting, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_meeting_id', foreignKeyConstraintName: 'meeting_items_previous_meeting_fk' })
  previousMeeting?: Meeting | null;

  @ManyToOne(() => ActionItem, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'action_item_id', foreignKeyConstraintName: 'meeting_items_action_item_fk' })
  actionItem?: ActionItem | null;

  @Column({ type: 'text', nullable: true })
  decisionText!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  outcome!: DecisionOutcome | null;

  @Column({ type: 'text', nullable: true })
  motivation!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

@Entity('action_items')
@Check('action_items_status_check', `status IN ('open', 'closed')`)
@Index('action_items_status_idx', ['status', 'dueDate'])
export class ActionItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'action_items_owner_fk' })
  owner?: User;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'uuid', nullable: true })
  focusAreaId!: string | null;

  @ManyToOne(() => FocusArea, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'focus_area_id', foreignKeyConstraintName: 'action_items_focus_area_fk' })
  focusArea?: FocusArea | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: 'open' | 'closed';

  /** The meeting item whose decision created it. */
  @Column({ type: 'uuid', nullable: true })
  sourceItemId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'action_items_meeting_fk' })
  meeting?: Meeting | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

/** The justerat minutes as the PDF made at justering (stored once, with its SHA-256). */
@Entity('meeting_minutes_pdfs')
export class MeetingMinutesPdf {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'meeting_minutes_pdfs_pk' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_minutes_pdfs_meeting_fk' })
  meeting?: Meeting;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
