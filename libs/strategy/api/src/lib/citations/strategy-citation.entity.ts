import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '@samverkan/shared/api-database';
import { EVIDENCE_KINDS, type EvidenceKind } from '@samverkan/strategy/contract';
import { StrategyPosition } from '../strategy.entity';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A position's citation of conference work: a link `{ kind, refId }` to an entry of the evidence panel,
 * not its text. No foreign key to the cited row: it lives in a later domain (conferences, agenda,
 * proposals, committee), and a citation of something since deleted shows as "removed".
 */
@Entity('strategy_citations')
@Unique('strategy_citations_uq', ['positionId', 'kind', 'refId'])
@Check('strategy_citations_kind_check', `kind IN (${list(EVIDENCE_KINDS)})`)
export class StrategyCitation extends BaseEntity {
  @Index('strategy_citations_position_idx')
  @Column({ type: 'uuid' })
  positionId!: string;

  @ManyToOne(() => StrategyPosition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'position_id', foreignKeyConstraintName: 'strategy_citations_position_fk' })
  position?: StrategyPosition;

  @Column({ type: 'varchar', length: 20 })
  kind!: EvidenceKind;

  @Column({ type: 'uuid' })
  refId!: string;
}
