import type { EntityManager } from 'typeorm';
import { lockSeats } from '@samverkan/conferences/api';

// A session's places as seat rows, claimed as a conference's are (ADR 0009, seats.ts), without a
// waitlist: no place left is a refusal. $1 the agenda item, $2 the registration.

/** The first free place nobody else is taking; `seated`, and `inFlight` when places look free but are being taken. */
const CLAIM_SQL = `WITH free AS MATERIALIZED (
       SELECT seat_no FROM session_seats WHERE agenda_item_id = $1 AND registration_id IS NULL
        ORDER BY seat_no LIMIT 1 FOR UPDATE SKIP LOCKED),
     seated AS (UPDATE session_seats s SET registration_id = $2 FROM free f WHERE s.agenda_item_id = $1 AND s.seat_no = f.seat_no RETURNING s.seat_no)
     SELECT EXISTS (SELECT FROM seated) AS seated,
            EXISTS (SELECT FROM session_seats WHERE agenda_item_id = $1 AND registration_id IS NULL) AS "inFlight"`;

/** Every free-looking place locked in seat order (waiting), the first still free taken. `seated`. */
const CLAIM_WAITING_SQL = `WITH free AS MATERIALIZED (
       SELECT seat_no FROM session_seats WHERE agenda_item_id = $1 AND registration_id IS NULL ORDER BY seat_no FOR UPDATE),
     seated AS (
       UPDATE session_seats s SET registration_id = $2
        WHERE s.agenda_item_id = $1 AND s.seat_no = (SELECT min(seat_no) FROM free) RETURNING s.seat_no)
     SELECT EXISTS (SELECT FROM seated) AS seated`;

/**
 * A place in the session for the registration, or false when every place is taken. The session's seat
 * lock first (shared, its own statement so the claim's snapshot comes after it). Then one statement
 * takes the first free place nobody is taking; places that look free but are locked belong to claims
 * in flight, one of which may roll back, so then wait for them rather than refuse while one may come free.
 */
export async function claimSessionSeat(manager: EntityManager, agendaItemId: string, registrationId: string): Promise<boolean> {
  await lockSeats(manager, agendaItemId, 'shared', 'session');
  const [row]: { seated: boolean; inFlight: boolean }[] = await manager.query(CLAIM_SQL, [agendaItemId, registrationId]);
  if (row.seated) return true;
  if (!row.inFlight) return false;
  const [waited]: { seated: boolean }[] = await manager.query(CLAIM_WAITING_SQL, [agendaItemId, registrationId]);
  return waited.seated;
}

/** Gives back the places of the registration's sign-ups just deleted (`agendaItemIds`). */
export async function freeSessionSeats(manager: EntityManager, registrationId: string, agendaItemIds: string[]): Promise<void> {
  if (!agendaItemIds.length) return;
  await manager.query(`UPDATE session_seats SET registration_id = NULL WHERE registration_id = $1 AND agenda_item_id = ANY($2::uuid[])`, [
    registrationId,
    agendaItemIds,
  ]);
}
