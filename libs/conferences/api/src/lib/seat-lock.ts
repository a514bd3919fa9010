import type { EntityManager } from 'typeorm';

/** The first key of every seat lock, per kind of seat: advisory locks of other kinds use other numbers. */
export const SEAT_LOCK_CLASSES = { conference: 9009, session: 9010 } as const;

/**
 * A seat lock (ADR 0009), held to commit: a conference's seats, or a session's places (`of: 'session'`,
 * keyed by the agenda item). Whoever claims a seat or draws a waitlist rank holds it shared: claims
 * never wait for each other on it. Whoever frees a seat and promotes, changes the capacity or the
 * status holds it exclusively: that waits for the claims in flight to commit, so a promotion never
 * passes over a rank still being written, no claim sees a conference half changed, and the places a
 * capacity change checks are final.
 * Lock order everywhere: recipient counters (a conference), or the registration row (a session), then
 * this lock, then the conference or agenda item row, then seat rows.
 */
export async function lockSeats(
  manager: EntityManager,
  id: string,
  mode: 'shared' | 'exclusive',
  of: keyof typeof SEAT_LOCK_CLASSES = 'conference',
): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}($1, hashtext($2))`, [SEAT_LOCK_CLASSES[of], id]);
}
