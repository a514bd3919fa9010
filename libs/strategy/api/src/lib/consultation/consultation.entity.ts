import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { User } from '@samverkan/identity/api';
import { WORDING_PROPOSAL_STATUSES, type WordingProposalStatus } from '@samverkan/strategy/contract';
import { Strategy, StrategyPosition } from '../strategy.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A council or committee member's comment on a position of a version in consultation. */
@Entity('strategy_comments')
@Index('strategy_comments_strategy_idx', ['strategyId', 'createdAt'])
export class StrategyComment extends BaseEntity {
  @Column({ type: 'uuid' })
  strategyId!: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'strategy_comments_strategy_fk' })
  strategy?: Strategy;

  @Column({ type: 'uuid' })
  positionId!: string;

  @ManyToOne(() => StrategyPosition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'strategy_comments_position_fk' })
  position?: StrategyPosition;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'strategy_comments_author_fk' })
  author?: User;

  @Column({ type: 'text' })
  text!: string;
}

/**
 * A proposed new wording of a position. Decided once by the committee: accepted (the position's text
 * becomes `text`) or rejected (with an optional reason).
 */
@Entity('strategy_wording_proposals')
@Index('strategy_wording_proposals_strategy_idx', ['strategyId', 'createdAt'])
@Check('strategy_wording_proposals_status_check', `status IN (${list(WORDING_PROPOSAL_STATUSES)})`)
export class StrategyWordingProposal extends BaseEntity {
  @Column({ type: 'uuid' })
  strategyId!: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'strategy_wording_proposals_strategy_fk' })
  strategy?: Strategy;

  @Column({ type: 'uuid' })
  positionId!: string;

  @ManyToOne(() => StrategyPosition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'strategy_wording_proposals_position_fk' })
  position?: StrategyPosition;

  @Column({ type: 'uuid' })
  proposerId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposer_id', foreignKeyConstraintName: 'strategy_wording_proposals_proposer_fk' })
  proposer?: User;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: WordingProposalStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'strategy_wording_proposals_decided_by_fk' })
  decidedBy?: User | null;
}
