import type { EntityManager } from 'typeorm';
import { lockSeats, type Conference } from '@samverkan/conferences/api';
import { recordSeatClaim } from '@samverkan/shared/api-metrics';
import { CLAIM_SEAT_SQL, CLAIM_WAITING_SQL, SEATS_IN_ORDER_SQL } from './seat-sql';

export interface Seat {
  confirmed: boolean;
  /** The waitlist rank when not confirmed. */
  rank: string | null;
}


/**
 * A seat for `registrationId` if one is free, else a waitlist rank; both only while registration is
 * open. Null when the conference closed meanwhile. Seat rows (ADR 0009): each claim locks the row of
 * the seat it takes, so claims to one conference commit side by side. The seat lock is held shared to
 * commit (seat-lock.ts): nothing frees a seat, changes the capacity or closes registration while a
 * claim is in flight. The last guard: a conference has as many seat rows as its capacity (a trigger),
 * and a seat holds one registration.
 */
export async function takeSeat(manager: EntityManager, conference: Conference, registrationId: string): Promise<Seat | null> {
  const started = performance.now();
  await lockSeats(manager, conference.id, 'shared');
  const seat = await claimSeat(manager, conference.id, registrationId);
  recordSeatClaim(seat === null ? 'closed' : seat.confirmed ? 'confirmed' : 'waitlisted', (performance.now() - started) / 1000);
  return seat;
}

/**
 * One statement on the common path: the first free seat nobody else is taking (SKIP LOCKED); when
 * none, a waitlist rank from the sequence, but only if no seat looks free either. Seats that look free
 * but are locked belong to claims in flight, one of which may still roll back: then wait for them
 * (`claimWaiting`) rather than queue a person while a seat may come free.
 */
async function claimSeat(manager: EntityManager, conferenceId: string, registrationId: string): Promise<Seat | null> {
  const [row]: { open: boolean; seated: boolean; inFlight: boolean; rank: string | null }[] = await manager.query(
    CLAIM_SEAT_SQL,
    [conferenceId, registrationId],
  );
  if (!row.open) return null;
  if (row.seated) return { confirmed: true, rank: null };
  if (row.rank !== null) return { confirmed: false, rank: row.rank };
  return claimWaiting(manager, conferenceId, registrationId);
}

/**
 * Every seat that looks free, locked in seat order (waiting for the claims that hold them: after each
 * commit the taken ones drop out), and the first that is still free taken. The others stay locked to
 * commit; claims that skipped them wait here in turn. None left: a waitlist rank.
 */
async function claimWaiting(manager: EntityManager, conferenceId: string, registrationId: string): Promise<Seat> {
  const [row]: { seated: boolean; rank: string | null }[] = await manager.query(
    CLAIM_WAITING_SQL,
    [conferenceId, registrationId],
  );
  return row.seated ? { confirmed: true, rank: null } : { confirmed: false, rank: row.rank };
}

/**
 * Seats for a group, in list order: the first free seats for the first members, waitlist ranks (drawn
 * together, dealt in ascending order) for the rest. One claim for all: a transaction that held one
 * member's seat while it waited for the next could wait in a circle with another group. Here every
 * group locks the free seats in seat order (waiting, no SKIP LOCKED), and single claims never wait
 * while holding a seat, so no circle can form. Null when the conference closed meanwhile.
 */
export async function takeSeats(manager: EntityManager, conference: Conference, registrationIds: string[]): Promise<Seat[] | null> {
  const started = performance.now();
  await lockSeats(manager, conference.id, 'shared');
  const row = await seatsInOrder(manager, conference.id, registrationIds, { whileOpen: true });
  if (!row.open) {
    recordSeatClaim('closed', (performance.now() - started) / 1000);
    return null;
  }
  const waiting = registrationIds.length - row.seated;
  const ranks: string[] = waiting
    ? (await manager.query(`SELECT nextval('registration_waitlist_ranks')::text AS rank FROM generate_series(1, $1)`, [waiting]))
        .map((r: { rank: string }) => r.rank)
        .sort((a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : 1))
    : [];
  const seats = registrationIds.map((_, i): Seat => (i < row.seated ? { confirmed: true, rank: null } : { confirmed: false, rank: ranks[i - row.seated] }));
  const seconds = (performance.now() - started) / 1000;
  for (const seat of seats) recordSeatClaim(seat.confirmed ? 'confirmed' : 'waitlisted', seconds);
  return seats;
}

/**
 * Free seats, locked in seat order (waiting for claims in flight), to `registrationIds` in list order:
 * how many got one (the first ones). A group's claim (`whileOpen`) and a promotion (under the exclusive
 * seat lock, also after registration has closed) share it.
 */
export async function seatsInOrder(
  manager: EntityManager,
  conferenceId: string,
  registrationIds: string[],
  { whileOpen }: { whileOpen: boolean },
): Promise<{ open: boolean; seated: number }> {
  const [row]: { open: boolean; seated: number }[] = await manager.query(SEATS_IN_ORDER_SQL, [conferenceId, registrationIds, whileOpen]);
  return row;
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
