// The seat claim's SQL (ADR 0009), on its own without imports, so that the registration benchmark's raw
// node-pg loop (tools/bench/registration.mjs) runs these very statements. $1 the conference, $2 the registration.

/** The same rule as isRegistrationOpen() (conferences), in SQL. */
export const OPEN_FOR_REGISTRATION = `status = 'published' AND (registration_opens_at IS NULL OR registration_opens_at <= now())
  AND (registration_closes_at IS NULL OR now() < registration_closes_at) AND now() < ends_at`;

/** A free seat nobody else is taking, else a rank when no seat even looks free; `open`, `seated`, `inFlight`, `rank`. */
export const CLAIM_SEAT_SQL = `WITH open AS (SELECT FROM conferences WHERE id = $1 AND ${OPEN_FOR_REGISTRATION}),
     free AS MATERIALIZED (
       SELECT seat_no FROM conference_seats WHERE conference_id = $1 AND registration_id IS NULL AND EXISTS (SELECT FROM open)
        ORDER BY seat_no LIMIT 1 FOR UPDATE SKIP LOCKED),
     seated AS (UPDATE conference_seats s SET registration_id = $2 FROM free f WHERE s.conference_id = $1 AND s.seat_no = f.seat_no RETURNING s.seat_no),
     state AS (
       SELECT EXISTS (SELECT FROM open) AS open, EXISTS (SELECT FROM seated) AS seated,
              EXISTS (SELECT FROM conference_seats WHERE conference_id = $1 AND registration_id IS NULL) AS "inFlight")
     SELECT open, seated, "inFlight",
            CASE WHEN open AND NOT seated AND NOT "inFlight" THEN nextval('registration_waitlist_ranks')::text END AS rank
       FROM state`;

/** Every free-looking seat locked in seat order (waiting), the first still free taken; else a rank. `seated`, `rank`. */
export const CLAIM_WAITING_SQL = `WITH free AS MATERIALIZED (
       SELECT seat_no FROM conference_seats WHERE conference_id = $1 AND registration_id IS NULL ORDER BY seat_no FOR UPDATE),
     seated AS (
       UPDATE conference_seats s SET registration_id = $2
        WHERE s.conference_id = $1 AND s.seat_no = (SELECT min(seat_no) FROM free) RETURNING s.seat_no)
     SELECT EXISTS (SELECT FROM seated) AS seated,
            CASE WHEN NOT EXISTS (SELECT FROM seated) THEN nextval('registration_waitlist_ranks')::text END AS rank`;

/**
 * The first free seats, locked in seat order (waiting), given to the registrations of $2 in list order;
 * with $3 only while registration is open. `open`, `seated` (how many got one: the first `seated` of $2).
 */
export const SEATS_IN_ORDER_SQL = `WITH open AS (SELECT FROM conferences WHERE id = $1 AND (NOT $3::boolean OR (${OPEN_FOR_REGISTRATION}))),
     free AS MATERIALIZED (
       SELECT seat_no, row_number() OVER (ORDER BY seat_no) AS n FROM (
         SELECT seat_no FROM conference_seats WHERE conference_id = $1 AND registration_id IS NULL AND EXISTS (SELECT FROM open)
          ORDER BY seat_no LIMIT cardinality($2::uuid[]) FOR UPDATE) locked),
     seated AS (
       UPDATE conference_seats s SET registration_id = m.id
         FROM free f JOIN unnest($2::uuid[]) WITH ORDINALITY AS m(id, n) USING (n)
        WHERE s.conference_id = $1 AND s.seat_no = f.seat_no RETURNING s.seat_no)
     SELECT EXISTS (SELECT FROM open) AS open, (SELECT count(*)::int FROM seated) AS seated`;
