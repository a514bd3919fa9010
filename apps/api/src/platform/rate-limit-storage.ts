import type { ThrottlerStorage } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** Expired rows removed by each hit, so the table stays about as large as one window's clients. */
const CLEANUP_BATCH = 10;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The throttler's counters in PostgreSQL instead of one process's memory: a hit is one atomic upsert
 * on the counter of (throttler, key), a fixed window that starts with the first hit. Every process
 * counts in the same row, so N processes refuse at the configured number, not N times it. A client
 * over the limit stays refused until its window ends (the block lasts the rest of the window).
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    void blockDuration;
    const hashed = createHash('sha256').update(`${throttlerName}\u0000${key}`).digest('hex');
    const [row] = await this.dataSource.query<{ hits: number; ms_left: number }[]>(
      `WITH expired AS (
         DELETE FROM rate_limit_counters WHERE key IN (
           SELECT key FROM rate_limit_counters WHERE expires_at < now() AND key <> $1
            LIMIT ${CLEANUP_BATCH} FOR UPDATE SKIP LOCKED))
       INSERT INTO rate_limit_counters AS c (key, hits, expires_at)
       VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.expires_at <= now() THEN 1 ELSE c.hits + 1 END,
         expires_at = CASE WHEN c.expires_at <= now() THEN excluded.expires_at ELSE c.expires_at END
       RETURNING hits, ceil(extract(epoch FROM expires_at - now()) * 1000)::int AS ms_left`,
      [hashed, ttl],
    );
    const seconds = Math.max(0, Math.ceil(row.ms_left / 1000));
    const blocked = row.hits > limit;
    return { totalHits: row.hits, timeToExpire: seconds, isBlocked: blocked, timeToBlockExpire: blocked ? seconds : 0 };
  }
}
