import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { countInWindow } from '@samverkan/shared/api-database';
import { AppError } from '@samverkan/shared/api-http';
import { recipientCounterKey } from '@samverkan/shared/api-mail';
import { OPEN_CALL_OPTIONS, type OpenCallOptions } from './open-call-options';

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
    const counts = await countInWindow(manager, 'call_submission_counts', [...limits.keys()], windowSeconds);
    const over = [...counts]
      .filter(([key, count]) => count > (limits.get(key) ?? 0))
      .map(([key]) => (key === addressKey ? 'address' : 'email'));
    if (over.length)
      throw new AppError(429, 'calls.too-many-submissions', {
        errors: Object.fromEntries(over.map((what) => [what === 'address' ? 'client' : 'email', 'tooMany'])),
      });
  }
}
