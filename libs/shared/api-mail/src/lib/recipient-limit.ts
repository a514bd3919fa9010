import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { countInWindow } from '@samverkan/shared/api-database';
import { MAIL_OPTIONS, type MailOptions } from './mail.service';
import { recipientCounterKey } from './recipient-key';

/** A narrower limit beside the recipient's own, e.g. one confirmation per conference. */
export interface NarrowerLimit {
  scope: string;
  limit: number;
}

/**
 * Limits mails that a request causes to an address its sender need not own (a registration, a
 * cancellation through the manage link, a password reset): at most `mails` per recipient per window,
 * counted in PostgreSQL so the limit holds across conferences and API processes. The counters are
 * fixed windows that start with the first mail; a count is one atomic upsert whose row lock is held
 * until the caller's transaction ends, so concurrent requests for one address queue, never overshoot.
 */
@Injectable()
export class RecipientLimit {
  constructor(@Inject(MAIL_OPTIONS) private readonly options: MailOptions) {}

  /**
   * Counts one such mail to `to`; true when it may be sent. Every call counts, sent or not, so a
   * flood stays refused until its window ends.
   */
  async allow(manager: EntityManager, to: string, narrower: NarrowerLimit[] = []): Promise<boolean> {
    const { mails, windowSeconds } = this.options.recipientLimit;
    const limits = new Map<string, number>([[recipientCounterKey('recipient', to), mails]]);
    for (const { scope, limit } of narrower) limits.set(recipientCounterKey(scope, to), limit);
    const counts = await countInWindow(manager, 'recipient_mail_counts', [...limits.keys()], windowSeconds);
    return [...counts].every(([key, count]) => count <= (limits.get(key) ?? 0));
  }

  /**
   * `allow` for many recipients of one mailing in one statement: counts one mail to each address
   * (an address given twice counts twice) and says, per address in the given order, whether it may
   * be sent. Locks the counter rows in key order, like `allow`.
   */
  async allowEach(manager: EntityManager, addresses: readonly string[]): Promise<boolean[]> {
    if (!addresses.length) return [];
    const { mails, windowSeconds } = this.options.recipientLimit;
    const keys = addresses.map((a) => recipientCounterKey('recipient', a));
    const wanted = new Map<string, number>();
    for (const key of keys) wanted.set(key, (wanted.get(key) ?? 0) + 1);
    const sorted = [...wanted.keys()].sort();
    const rows = await manager.query<{ key: string; count: number }[]>(
      `INSERT INTO recipient_mail_counts AS c (key, window_started_at, count)
       SELECT v.key, now(), v.n FROM unnest($1::varchar[], $2::int[]) AS v(key, n) ORDER BY v.key
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN c.window_started_at < now() - make_interval(secs => $3) THEN excluded.count ELSE c.count + excluded.count END,
         window_started_at = CASE WHEN c.window_started_at < now() - make_interval(secs => $3) THEN now() ELSE c.window_started_at END
       RETURNING key, count`,
      [sorted, sorted.map((k) => wanted.get(k)), windowSeconds],
    );
    // The count before this mailing, then one more per occurrence of the address.
    const next = new Map(rows.map((row) => [row.key, row.count - (wanted.get(row.key) ?? 0)]));
    return keys.map((key) => {
      const count = (next.get(key) ?? 0) + 1;
      next.set(key, count);
      return count <= mails;
    });
  }
}
