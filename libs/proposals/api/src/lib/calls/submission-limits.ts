import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '@samverkan/shared/api-http';
import { recipientCounterKey } from '@samverkan/shared/api-mail';
import { OPEN_CALL_OPTIONS, type OpenCallOptions } from './open-call-options';

/** Expired counters removed by each count, so the table stays about one window's worth of keys. */
const CLEANUP_BATCH = 10;

/**
 * The open call's rate limit: submissions per client address and per e-mail address in a fixed window
 * that starts with the first one, counted in PostgreSQL (so every API process shares the counters). One
 * atomic upsert counts both keys, taking their row locks in key order until the caller's transaction ends,
 * so concurrent submissions queue and never overshoot. A refused submission throws, rolling its own count
 * back: the counters hold what was let through.
 */
@Injectable()
export class SubmissionLimits {
  constructor(@Inject(OPEN_CALL_OPTIONS) private readonly options: OpenCallOptions) {}

  /** Counts one submission from `address` for `email`; 429 `calls.too-many-submissions` when either is over its limit. */
  async count(manager: EntityManager, address: string, email: string): Promise<void> {
    const { submissionsPerAddress, submissionsPerEmail, windowSeconds } = this.options;
    const addressKey = createHash('sha256').update(`call-submission-address\n${address}`).digest('hex');
    const emailKey = recipientCounterKey('call-submission-email', email);
    const limits = new Map([
      [addressKey, submissionsPerAddress],
      [emailKey, submissionsPerEmail],
    ]);
    const keys = [...limits.keys()].sort();
    const rows = await manager.query<{ key: string; count: number }[]>(
      `WITH expired AS (
         DELETE FROM call_submission_counts WHERE key IN (
           SELECT key FROM call_submission_counts
            WHERE window_started_at < now() - make_interval(secs => $2) AND key <> ALL($1::varchar[])
            LIMIT ${CLEANUP_BATCH} FOR UPDATE SKIP LOCKED))
       INSERT INTO call_submission_counts AS c (key, window_started_at, count)
       SELECT key, now(), 1 FROM unnest($1::varchar[]) AS key ORDER BY key
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN c.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE c.count + 1 END,
         window_started_at = CASE WHEN c.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE c.window_started_at END
       RETURNING key, count`,
      [keys, windowSeconds],
    );
    const over = rows.filter((row) => row.count > (limits.get(row.key) ?? 0)).map((row) => (row.key === addressKey ? 'address' : 'email'));
    if (over.length)
      throw new AppError(429, 'calls.too-many-submissions', {
        errors: Object.fromEntries(over.map((what) => [what === 'address' ? 'client' : 'email', 'tooMany'])),
      });
  }
}
