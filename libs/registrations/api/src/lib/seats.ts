import type { EntityManager } from 'typeorm';
import type { Conference } from '@samverkan/conferences/api';
import { recordSeatClaim } from '@samverkan/shared/api-metrics';

export interface Seat {
  confirmed: boolean;
  /** The waitlist rank when not confirmed. */
  rank: string | null;
}

/** The same rule as isRegistrationOpen() (conferences), in SQL, evaluated on the locked row. */
const OPEN_FOR_REGISTRATION = `status = 'published' AND (registration_opens_at IS NULL OR registration_opens_at <= now())
  AND (registration_closes_at IS NULL OR now() < registration_closes_at) AND now() < ends_at`;

/**
 * A seat if one is free, else a waitlist number; both only while registration is open. The
 * conditional UPDATE locks the conference row and re-checks the conditions after any wait; the CHECK
 * (confirmed_count <= capacity) is the last guard. Null when the conference closed meanwhile.
 */
export async function takeSeat(manager: EntityManager, conference: Conference): Promise<Seat | null> {
  const started = performance.now();
  const seat = await claimSeat(manager, conference);
  recordSeatClaim(seat === null ? 'closed' : seat.confirmed ? 'confirmed' : 'waitlisted', (performance.now() - started) / 1000);
  return seat;
}

/**
 * One statement, one round trip: `seated` takes a free seat; only when it took none does `queued` hand
 * out the next waitlist rank (never both, so the row is changed at most once in the statement). Each
 * UPDATE waits for the row lock and re-checks its conditions on the latest row version, as two
 * separate statements would.
 */
async function claimSeat(manager: EntityManager, conference: Conference): Promise<Seat | null> {
  const [row]: { confirmed: boolean; rank: string | null }[] = await manager.query(
    `WITH seated AS (
       UPDATE conferences SET confirmed_count = confirmed_count + 1
        WHERE id = $1 AND confirmed_count < capacity AND ${OPEN_FOR_REGISTRATION} RETURNING id),
     queued AS (
       UPDATE conferences SET waitlist_seq = waitlist_seq + 1
        WHERE id = $1 AND NOT EXISTS (SELECT FROM seated) AND ${OPEN_FOR_REGISTRATION} RETURNING waitlist_seq)
     SELECT EXISTS (SELECT FROM seated) AS confirmed, (SELECT waitlist_seq::text FROM queued) AS rank`,
    [conference.id],
  );
  if (row.confirmed) return { confirmed: true, rank: null };
  if (row.rank !== null) return { confirmed: false, rank: row.rank };
  return null;
}

/** The unguarded read-then-write this project forbids: kept only so the race test can prove it bites. */
export async function takeSeatUnguarded(manager: EntityManager, conference: Conference): Promise<Seat> {
  const [{ confirmed }] = await manager.query(
    `SELECT count(*)::int AS confirmed FROM registrations WHERE conference_id = $1 AND status = 'confirmed'`,
    [conference.id],
  );
  // Widen the gap between read and write a little, so the control overbooks even on a busy machine.
  await manager.query('SELECT pg_sleep(0.005)');
  if (confirmed < conference.capacity) return { confirmed: true, rank: null };
  const [{ rank }] = await manager.query(
    `SELECT (coalesce(max(waitlist_rank), 0) + 1)::text AS rank FROM registrations WHERE conference_id = $1`,
    [conference.id],
  );
  return { confirmed: false, rank };
}
