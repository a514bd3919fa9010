import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, Unique } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { STRATEGY_STATES, type FocusAreaCode, type StrategyState } from '@samverkan/strategy/contract';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A version of the association's strategy (2016, 2020, now, and the next one being drafted), with its
 * text: title, preamble, vision, and per focus area a text and positions. Conferences link to focus
 * areas of the strategy that was adopted when they were planned, so revising the strategy keeps old
 * links intact. The adopted version (exactly one, a partial unique index in the migration) is the
 * current strategy: `state` is the only source of truth for it.
 */
@Entity('strategies')
@Unique('strategies_version_uq', ['version'])
@Check('strategies_state_check', `state IN (${list(STRATEGY_STATES)})`)
export class Strategy extends BaseEntity {
  @Column({ type: 'varchar', length: 40 })
  version!: string;

  @Column({ type: 'varchar', length: 300 })
  titleSv!: string;

  /**
   * At most one adopted version, and at most one draft or version in consultation at a time: both are
   * partial unique indexes in the migration (StrategyVersions).
   */
  @Index('strategies_adopted_uq', { synchronize: false })
  @Index('strategies_open_uq', { synchronize: false })
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  state!: StrategyState;

  @Column({ type: 'text', default: '' })
  preamble!: string;

  @Column({ type: 'text', default: '' })
  vision!: string;

  /** When it was adopted; null before, and for the old versions whose date is not recorded. */
  @Column({ type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;

  /**
   * The committee meeting and its decision (agenda item) that adopted the version. No foreign key:
   * the committee domain comes after strategy; the meeting decision that adopts sets them.
   */
  @Column({ type: 'uuid', nullable: true })
  adoptedMeetingId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  adoptedDecisionId!: string | null;

  /** The adopted version this one was drafted from: the mapping starts from its focus areas. */
  @Column({ type: 'uuid', nullable: true })
  basedOnId!: string | null;

  @ManyToOne(() => Strategy, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'based_on_id', foreignKeyConstraintName: 'strategies_based_on_fk' })
  basedOn?: Strategy | null;

  @OneToMany(() => FocusArea, (area) => area.strategy)
  focusAreas?: FocusArea[];
}

@Entity('focus_areas')
@Unique('focus_areas_strategy_code_uq', ['strategyId', 'code'])
export class FocusArea extends BaseEntity {
  @Column({ type: 'uuid' })
  strategyId!: string;

  @ManyToOne(() => Strategy, (strategy) => strategy.focusAreas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'focus_areas_strategy_fk' })
  strategy?: Strategy;

  /**
   * One of the six seeded codes for the strategies so far. A new version may use other codes
   * (FOCUS_AREA_CODE_PATTERN); the routes of the later domains still accept only the six (a debt for
   * the part that publishes a version with new codes).
   */
  @Column({ type: 'varchar', length: 40 })
  code!: FocusAreaCode;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  titleSv!: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn!: string;

  /** A summary in our words, for the focus-area pages (not part of the strategy's text). */
  @Column({ type: 'text' })
  descriptionSv!: string;

  @Column({ type: 'text' })
  descriptionEn!: string;

  /** The area's text in the strategy itself (Swedish). */
  @Column({ type: 'text', default: '' })
  textSv!: string;

  @OneToMany(() => StrategyPosition, (p) => p.focusArea)
  positions?: StrategyPosition[];
}

/** A position (ståndpunkt) of a focus area in a version: one stance, in the area's order. */
@Entity('strategy_positions')
@Index('strategy_positions_area_idx', ['focusAreaId', 'position'])
export class StrategyPosition extends BaseEntity {
  @Column({ type: 'uuid' })
  focusAreaId!: string;

  @ManyToOne(() => FocusArea, (area) => area.positions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'focus_area_id', foreignKeyConstraintName: 'strategy_positions_focus_area_fk' })
  focusArea?: FocusArea;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'text' })
  textSv!: string;
}

/**
 * How one focus area of the version before maps into a version: a row per (from, to) pair, and a row
 * with `to_code` null for an area the version retires. Codes, not ids: a draft's areas are rewritten
 * as it is edited.
 */
@Entity('focus_area_mappings')
@Index('focus_area_mappings_strategy_idx', ['strategyId'])
export class FocusAreaMapping extends BaseEntity {
  @Column({ type: 'uuid' })
  strategyId!: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'focus_area_mappings_strategy_fk' })
  strategy?: Strategy;

  @Column({ type: 'varchar', length: 40 })
  fromCode!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  toCode!: string | null;
}
