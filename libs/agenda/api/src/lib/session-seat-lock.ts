import type { EntityManager } from 'typeorm';

/** The first key of every session seat lock (conference seats use 9009). */
const SESSION_SEAT_LOCK_CLASS = 9010;

/**
 * A session's seat lock, held to commit, as a conference's (ADR 0009): whoever claims a place holds it
 * shared, so sign-ups never wait for each other on it; whoever changes the sign-up capacity holds it
 * exclusively, which waits for the claims in flight, so the places taken it checks against are final.
 * Lock order: the registration row, then this lock, then the agenda item row, then seat rows.
 */
export async function lockSessionSeats(manager: EntityManager, agendaItemId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}($1, hashtext($2))`, [SESSION_SEAT_LOCK_CLASS, agendaItemId]);
}
