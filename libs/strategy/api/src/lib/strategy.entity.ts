import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, Unique } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/**
 * A version of the association's strategy (2016, 2020, now). Conferences link to focus areas of the
 * strategy that was current when they were planned, so revising the strategy keeps old links intact.
 */
@Entity('strategies')
@Unique('strategies_version_uq', ['version'])
export class Strategy extends BaseEntity {
  @Column({ type: 'varchar', length: 40 })
  version!: string;

  @Column({ type: 'varchar', length: 300 })
  titleSv!: string;

  @Column({ type: 'date' })
  adoptedOn!: string;

  /** Exactly one strategy is current: enforced by a partial unique index in the migration. */
  @Index('strategies_current_uq', { synchronize: false })
  @Column({ type: 'boolean', default: false })
  current!: boolean;

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

  @Column({ type: 'varchar', length: 40 })
  code!: FocusAreaCode;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  titleSv!: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ type: 'text' })
  descriptionSv!: string;

  @Column({ type: 'text' })
  descriptionEn!: string;
}
