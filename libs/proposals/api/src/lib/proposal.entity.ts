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
  UpdateDateColumn,
} from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { User } from '@samverkan/identity/api';
import { FocusArea } from '@samverkan/strategy/api';
import { Conference } from '@samverkan/conferences/api';
import {
  DECISION_OUTCOMES,
  PROPOSAL_FORMATS,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  type DecisionOutcome,
  type ProposalFormat,
  type ProposalKind,
  type ProposalState,
  type SuggestedSpeaker,
} from '@samverkan/proposals/contract';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('proposals')
@Check('proposals_kind_check', `kind IN (${list(PROPOSAL_KINDS)})`)
@Check('proposals_state_check', `state IN (${list(PROPOSAL_STATES)})`)
@Check('proposals_format_check', `format IS NULL OR format IN (${list(PROPOSAL_FORMATS)})`)
@Check('proposals_decision_check', `decision_outcome IS NULL OR decision_outcome IN (${list(DECISION_OUTCOMES)})`)
@Check('proposals_duration_check', `duration_minutes IS NULL OR duration_minutes BETWEEN 5 AND 1440`)
@Index('proposals_state_idx', ['state', 'createdAt'])
@Index('proposals_proposer_idx', ['proposerId'])
@Index('proposals_conference_idx', ['targetConferenceId'])
export class Proposal extends BaseEntity {
  @Column({ type: 'varchar', length: 20 })
  kind!: ProposalKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 2000 })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  state!: ProposalState;

  @Column({ type: 'varchar', length: 20, nullable: true })
  format!: ProposalFormat | null;

  @Column({ type: 'integer', nullable: true })
  durationMinutes!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  speakers!: SuggestedSpeaker[];

  @Column({ type: 'uuid', nullable: true })
  targetConferenceId!: string | null;

  @ManyToOne(() => Conference, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_conference_id', foreignKeyConstraintName: 'proposals_target_conference_fk' })
  targetConference?: Conference | null;

  @Column({ type: 'uuid' })
  proposerId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposer_id', foreignKeyConstraintName: 'proposals_proposer_fk' })
  proposer?: User;

  @ManyToMany(() => FocusArea)
  @JoinTable({
    name: 'proposal_focus_areas',
    joinColumn: { name: 'proposal_id', foreignKeyConstraintName: 'proposal_focus_areas_proposal_fk' },
    inverseJoinColumn: { name: 'focus_area_id', foreignKeyConstraintName: 'proposal_focus_areas_focus_area_fk' },
  })
  focusAreas?: FocusArea[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  decisionOutcome!: DecisionOutcome | null;

  @Column({ type: 'text', nullable: true })
  decisionMotivation!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  /** The committee meeting that decided (committee domain); a plain reference, the meeting comes later in the flow. */
  @Column({ type: 'uuid', nullable: true })
  decisionMeetingId!: string | null;
}

@Entity('proposal_comments')
@Index('proposal_comments_proposal_idx', ['proposalId', 'createdAt'])
export class ProposalComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_comments_proposal_fk' })
  proposal?: Proposal;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'proposal_comments_author_fk' })
  author?: User;

  @Column({ type: 'varchar', length: 5000 })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('proposal_reviews')
@Unique('proposal_reviews_proposal_reviewer_uq', ['proposalId', 'reviewerId'])
@Check('proposal_reviews_scores_check', `relevance BETWEEN 1 AND 5 AND quality BETWEEN 1 AND 5 AND feasibility BETWEEN 1 AND 5`)
export class ProposalReview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_reviews_proposal_fk' })
  proposal?: Proposal;

  @Column({ type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'proposal_reviews_reviewer_fk' })
  reviewer?: User;

  @Column({ type: 'smallint' })
  relevance!: number;

  @Column({ type: 'smallint' })
  quality!: number;

  @Column({ type: 'smallint' })
  feasibility!: number;

  @Column({ type: 'varchar', length: 5000 })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
