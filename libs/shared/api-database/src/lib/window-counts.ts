import type { EntityManager } from 'typeorm';

/** Expired rows removed by each count, so a counter table stays about as large as one window's keys. */
const CLEANUP_BATCH = 10;

/**
 * Counts one more for each key in a fixed window that starts with the key's first count, in a table
 * of `(key varchar primary key, window_started_at timestamptz, count integer)`: one atomic upsert that
 * takes the keys' row locks in key order until the caller's transaction ends, so concurrent counts
 * queue and never overshoot, and that removes a few expired rows of other keys on the way. Answers
 * the count of each key after this one. `table` is a constant of the caller, never input.
 */
export async function countInWindow(
  manager: EntityManager,
  table: string,
  keys: readonly string[],
  windowSeconds: number,
): Promise<Map<string, number>> {
  const sorted = [...new Set(keys)].sort();
  const rows = await manager.query<{ key: string; count: number }[]>(
    `WITH expired AS (
       DELETE FROM ${table} WHERE key IN (
         SELECT key FROM ${table}
          WHERE window_started_at < now() - make_interval(secs => $2) AND key <> ALL($1::varchar[])
          LIMIT ${CLEANUP_BATCH} FOR UPDATE SKIP LOCKED))
     INSERT INTO ${table} AS c (key, window_started_at, count)
     SELECT key, now(), 1 FROM unnest($1::varchar[]) AS key ORDER BY key
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN c.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE c.count + 1 END,
       window_started_at = CASE WHEN c.window_started_at < now() - make_interval(secs => $2) THEN now() ELSE c.window_started_at END
     RETURNING key, count`,
    [sorted, windowSeconds],
  );
  return new Map(rows.map((row) => [row.key, row.count]));
}
