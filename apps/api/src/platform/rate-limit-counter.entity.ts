import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One rate-limit counter of public writes (a client address, or one subject such as an e-mail at a
 * conference): the hits in the current fixed window. Shared by every API process, so a client spread
 * over several is refused at the configured number. Keyed by a hash (the subject may hold an address);
 * expired rows are removed a few at a time as new hits are counted.
 */
@Entity('rate_limit_counters')
@Index('rate_limit_counters_expires_idx', ['expiresAt'])
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'rate_limit_counters_pkey' })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
