import type { EntityManager } from 'typeorm';

/** The first key of every seat lock: advisory locks of other kinds use other numbers. */
const SEAT_LOCK_CLASS = 9009;

/**
 * A conference's seat lock (ADR 0009), held to commit. Whoever claims a seat or draws a waitlist rank
 * holds it shared: claims never wait for each other on it. Whoever frees a seat and promotes, changes
 * the capacity or the status holds it exclusively: that waits for the claims in flight to commit, so a
 * promotion never passes over a rank still being written, and no claim sees a conference half changed.
 * Lock order everywhere: recipient counters, then this lock, then the conference row, then seat rows.
 */
export async function lockSeats(manager: EntityManager, conferenceId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}($1, hashtext($2))`, [SEAT_LOCK_CLASS, conferenceId]);
}
