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
  UpdateDateColumn,
} from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { User } from '@samverkan/identity/api';
import { CALL_SUBMISSION_KINDS, type CallLanguage, type CallSubmissionKind } from '@samverkan/proposals/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { Proposal } from '../proposal.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** An open call for proposals to a conference: anyone may send a proposal between `opensAt` and `closesAt`. */
@Entity('calls')
@Check('calls_period_check', `closes_at > opens_at`)
@Index('calls_conference_idx', ['conferenceId'])
export class Call {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'calls_pk' })
  id!: string;

  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'calls_conference_fk' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 300 })
  titleSv!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text' })
  textSv!: string;

  @Column({ type: 'text', nullable: true })
  textEn!: string | null;

  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  /** Codes of the current strategy's focus areas a submission may choose among. */
  @Column({ type: 'varchar', length: 40, array: true })
  focusAreaCodes!: FocusAreaCode[];

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'calls_created_by_fk' })
  createdBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A proposal sent to an open call by someone without an account. It counts once its confirmation link
 * (mailed to the given address) has been followed; the link's and the upload token's secrets are stored
 * only as SHA-256 hashes.
 */
@Entity('call_submissions')
@Check('call_submissions_kind_check', `kind IN (${list(CALL_SUBMISSION_KINDS)})`)
@Check('call_submissions_language_check', `language IN ('sv', 'en')`)
@Check('call_submissions_decision_check', `decision IS NULL OR decision IN ('accepted', 'declined')`)
@Index('call_submissions_call_idx', ['callId', 'createdAt'])
export class CallSubmission {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_submissions_pk' })
  id!: string;

  @Column({ type: 'uuid' })
  callId!: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'call_submissions_call_fk' })
  call?: Call;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  organisationName!: string;

  /** Normalised (lower-case). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 2000 })
  summary!: string;

  @Column({ type: 'varchar', length: 20, default: 'session' })
  kind!: CallSubmissionKind;

  @Column({ type: 'varchar', length: 40, array: true })
  focusAreaCodes!: FocusAreaCode[];

  @Column({ type: 'varchar', length: 2, default: 'sv' })
  language!: CallLanguage;

  @Index('call_submissions_confirm_token_hash_uq', { unique: true })
  @Column({ type: 'varchar', length: 64, select: false })
  confirmTokenHash!: string;

  @Column({ type: 'timestamptz' })
  confirmExpiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, select: false })
  uploadTokenHash!: string;

  @Column({ type: 'timestamptz' })
  uploadExpiresAt!: Date;

  /** Set when the upload token was used: it attaches one file. */
  @Column({ type: 'timestamptz', nullable: true })
  uploadUsedAt!: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  decision!: 'accepted' | 'declined' | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'call_submissions_decided_by_fk' })
  decidedBy?: User | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  declineReason!: string | null;

  /** The council proposal made from it (its origin). */
  @Index('call_submissions_proposal_uq', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @ManyToOne(() => Proposal, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'call_submissions_proposal_fk' })
  proposal?: Proposal | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Submissions counted per client address and per e-mail address (keys are SHA-256 hashes), in fixed
 * windows that start with the first submission: the open call's rate limit, shared by every API process.
 */
@Entity('call_submission_counts')
export class CallSubmissionCount {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'call_submission_counts_pk' })
  key!: string;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  count!: number;
}

export const CALL_ENTITIES = [Call, CallSubmission, CallSubmissionCount];
