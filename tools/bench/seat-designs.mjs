// Seat designs measured (not a test; issue 18 part 1, docs/adr/0009-seats-without-a-hot-row.md): registrations
// into ONE conference over raw node-pg, 50 clients on a pool of 20, one transaction each (the seat claim and the
// insert of the registration row, with its waitlist position counted as the API does), for each design:
//   1. single-row: today's counter on the conference row (ADR 0004), one statement for a seat or a waitlist rank;
//   2. seat-rows: one row per place, claimed with FOR UPDATE SKIP LOCKED;
//   3. shards: the counter split over N rows, each with its own CHECK, tried from a random one;
//   4. reserve-confirm: a seat row held in a short transaction of its own, then confirmed with the insert.
// Twice: a capacity large enough for everyone, then a small capacity with a waitlist. After each run it checks
// that nobody is overbooked (rows against capacity) and that the waitlist is in the order the design promises.
// Its own embedded PostgreSQL and its own schema (seat_bench): the app's schema is not touched.
//   node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON tools/bench/seat-designs.mjs
// Env: BENCH_PG_PORT (54369), SEAT_BENCH_RUNS (1), SEAT_BENCH_TOTAL (4000), SEAT_BENCH_SMALL (40 places,
// SEAT_BENCH_RUSH registrations: 1500), SEAT_BENCH_SHARDS (16), SEAT_BENCH_DESIGNS (all, comma separated).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { load, stats } from './lib.mjs';

const { startEmbeddedPostgres } = await import('../../apps/api/src/database/embedded-postgres.ts');

const CLIENTS = 50;
const POOL_SIZE = 20; // the API's pool (apps/api/src/database/data-source.ts)
const RUNS = Number(process.env.SEAT_BENCH_RUNS ?? 1);
const TOTAL = Number(process.env.SEAT_BENCH_TOTAL ?? 4000);
const SMALL = Number(process.env.SEAT_BENCH_SMALL ?? 40);
const RUSH = Number(process.env.SEAT_BENCH_RUSH ?? 1500);
const SHARDS = Number(process.env.SEAT_BENCH_SHARDS ?? 16);
const WARM_UP = 300;

const SCHEMA = `
DROP SCHEMA IF EXISTS seat_bench CASCADE;
CREATE SCHEMA seat_bench;
SET search_path = seat_bench;
CREATE TABLE conferences (
  id int PRIMARY KEY, capacity int NOT NULL, confirmed_count int NOT NULL DEFAULT 0, waitlist_seq bigint NOT NULL DEFAULT 0,
  CHECK (confirmed_count <= capacity));
CREATE TABLE registrations (
  id uuid PRIMARY KEY, conference_id int NOT NULL REFERENCES conferences, status text NOT NULL, waitlist_rank bigint,
  reported_position int, email text NOT NULL, first_name text NOT NULL, last_name text NOT NULL, organisation_name text NOT NULL,
  manage_token_hash text NOT NULL, claimed_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'waitlisted') = (waitlist_rank IS NOT NULL)));
CREATE UNIQUE INDEX ON registrations (conference_id, email) WHERE status <> 'cancelled';
CREATE INDEX ON registrations (conference_id, waitlist_rank);
-- Design 2 (and 4): one row per place.
CREATE TABLE seats (
  conference_id int NOT NULL REFERENCES conferences, seat_no int NOT NULL, registration_id uuid UNIQUE,
  held_by uuid, held_until timestamptz, PRIMARY KEY (conference_id, seat_no));
CREATE INDEX seats_free ON seats (conference_id, seat_no) WHERE registration_id IS NULL;
-- Design 3: the counter in shards.
CREATE TABLE seat_shards (
  conference_id int NOT NULL REFERENCES conferences, shard_no int NOT NULL, capacity int NOT NULL, confirmed_count int NOT NULL DEFAULT 0,
  PRIMARY KEY (conference_id, shard_no), CHECK (confirmed_count <= capacity));
-- Waitlist ranks of the designs without a hot row: a sequence hands them out without a lock held to commit.
CREATE SEQUENCE waitlist_rank;
`;

/** The insert every design ends with: the registration, its waitlist position counted as the API does. */
async function insertRegistration(client, conferenceId, id, n, seat) {
  await client.query(
    `WITH p AS (SELECT CASE WHEN $4::bigint IS NOT NULL THEN (SELECT count(*) + 1 FROM registrations WHERE conference_id = $2 AND status = 'waitlisted') END AS position)
     INSERT INTO registrations (id, conference_id, status, waitlist_rank, reported_position, email, first_name, last_name, organisation_name,
                                manage_token_hash, claimed_at)
     SELECT $1::uuid, $2, $3, $4, p.position, $5, 'Bench', 'Testsson', 'Finspångs kommun', md5($1::uuid::text), $6 FROM p`,
    [id, conferenceId, seat.confirmed ? 'confirmed' : 'waitlisted', seat.rank, `person${n}@kommun.se`, seat.claimedAt],
  );
}

/**
 * Deadlocks retried, per design: a row lock taken by FOR UPDATE stays held when the row then fails the
 * re-check (a shard or seat that filled meanwhile), so two claims that wait can hold what the other wants.
 * PostgreSQL breaks the cycle after deadlock_timeout (1 s); the claim is then simply run again.
 */
const retries = {};
let current = '';

/** A transaction (`work` on one connection), run again after a deadlock; returns what `work` returns. */
async function inTransaction(pool, work) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(pool, work);
    } catch (error) {
      if (error?.code !== '40P01' || attempt >= 5) throw error;
      retries[current] = (retries[current] ?? 0) + 1;
    }
  }
}

async function once(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const designs = {
  'single-row': {
    promise: 'ranks dense 1..W, in the order of the claims (the row lock serialises them)',
    setup: async () => undefined, // the conference row is all it needs
    async register(pool, conferenceId, n) {
      const id = randomUUID();
      await inTransaction(pool, async (client) => {
        const {
          rows: [row],
        } = await client.query(
          `WITH seated AS (UPDATE conferences SET confirmed_count = confirmed_count + 1 WHERE id = $1 AND confirmed_count < capacity RETURNING id),
                queued AS (UPDATE conferences SET waitlist_seq = waitlist_seq + 1 WHERE id = $1 AND NOT EXISTS (SELECT FROM seated) RETURNING waitlist_seq)
           SELECT EXISTS (SELECT FROM seated) AS confirmed, (SELECT waitlist_seq FROM queued) AS rank, clock_timestamp() AS "claimedAt"`,
          [conferenceId],
        );
        await insertRegistration(client, conferenceId, id, n, row);
      });
    },
  },
  'seat-rows': {
    promise: 'ranks unique, drawn from a sequence when no seat was free; a seat is free only while nobody waits',
    async setup(pool, conferenceId, capacity) {
      await pool.query(`INSERT INTO seats (conference_id, seat_no) SELECT $1, g FROM generate_series(1, $2) g`, [conferenceId, capacity]);
    },
    async register(pool, conferenceId, n) {
      const id = randomUUID();
      await inTransaction(pool, async (client) => {
        // A free seat nobody is taking; when every free one is being taken, wait for them (one may roll back).
        const seat = await firstSeat(
          () => claimSeatRow(client, conferenceId, id, 'SKIP LOCKED'),
          () => claimSeatRow(client, conferenceId, id, ''),
          () => drawRank(client),
        );
        await insertRegistration(client, conferenceId, id, n, seat);
      });
    },
  },
  shards: {
    promise: 'ranks unique, drawn from a sequence when no shard had room; a shard has room only while nobody waits',
    async setup(pool, conferenceId, capacity) {
      // The capacity spread over the shards, the remainder to the first ones.
      await pool.query(
        `INSERT INTO seat_shards (conference_id, shard_no, capacity)
         SELECT $1, s, $2 / $3 + CASE WHEN s <= $2 % $3 THEN 1 ELSE 0 END FROM generate_series(1, $3) s`,
        [conferenceId, capacity, SHARDS],
      );
    },
    async register(pool, conferenceId, n) {
      const id = randomUUID();
      const start = Math.floor(Math.random() * SHARDS);
      await inTransaction(pool, async (client) => {
        const seat = await firstSeat(
          () => claimShard(client, conferenceId, start, 'SKIP LOCKED'),
          () => claimShard(client, conferenceId, start, ''),
          () => drawRank(client),
        );
        await insertRegistration(client, conferenceId, id, n, seat);
      });
    },
  },
  'seat-rows+row-rank': {
    promise: 'as single-row for the waitlist (ranks dense 1..W in claim order, from the conference row), seats as seat-rows',
    async setup(pool, conferenceId, capacity) {
      await designs['seat-rows'].setup(pool, conferenceId, capacity);
    },
    async register(pool, conferenceId, n) {
      const id = randomUUID();
      await inTransaction(pool, async (client) => {
        const seat = await firstSeat(
          () => claimSeatRow(client, conferenceId, id, 'SKIP LOCKED'),
          () => claimSeatRow(client, conferenceId, id, ''),
          async () => {
            // The conference row's lock, held to commit, but only by those who wait.
            const { rows } = await client.query(
              `UPDATE conferences SET waitlist_seq = waitlist_seq + 1 WHERE id = $1 RETURNING waitlist_seq AS rank, clock_timestamp() AS "claimedAt"`,
              [conferenceId],
            );
            return { confirmed: false, ...rows[0] };
          },
        );
        await insertRegistration(client, conferenceId, id, n, seat);
      });
    },
  },
  'reserve-confirm': {
    promise: 'as seat-rows; a seat is held (2 min) in a transaction of its own, then confirmed with the insert',
    async setup(pool, conferenceId, capacity) {
      await designs['seat-rows'].setup(pool, conferenceId, capacity);
    },
    async register(pool, conferenceId, n) {
      const id = randomUUID();
      // 1: hold a seat, committed at once; the lock is held for this statement only.
      const rows = await inTransaction(
        pool,
        async (client) =>
          (
            await client.query(
              `WITH f AS MATERIALIZED (SELECT seat_no FROM seats WHERE conference_id = $1 AND registration_id IS NULL AND (held_until IS NULL OR held_until < now())
                                  ORDER BY seat_no LIMIT 1 FOR UPDATE SKIP LOCKED)
         UPDATE seats s SET held_by = $2, held_until = now() + interval '2 minutes' FROM f
          WHERE s.conference_id = $1 AND s.seat_no = f.seat_no RETURNING s.seat_no`,
              [conferenceId, id],
            )
          ).rows,
      );
      // 2: confirm the held seat (or draw a rank) with the insert.
      await inTransaction(pool, async (client) => {
        let seat;
        if (rows.length) {
          const confirmed = await client.query(
            `UPDATE seats SET registration_id = $2, held_by = NULL, held_until = NULL WHERE conference_id = $1 AND held_by = $2 RETURNING clock_timestamp() AS "claimedAt"`,
            [conferenceId, id],
          );
          seat = { confirmed: true, rank: null, claimedAt: confirmed.rows[0].claimedAt };
        } else {
          seat = await drawRank(client);
        }
        await insertRegistration(client, conferenceId, id, n, seat);
      });
    },
  },
};

/** A free seat nobody is taking (SKIP LOCKED), else one waited for, else the design's fallback: the first that gives one. */
async function firstSeat(...attempts) {
  for (const attempt of attempts) {
    const seat = await attempt();
    if (seat) return seat;
  }
  return null;
}

async function claimSeatRow(client, conferenceId, id, skip) {
  const { rows } = await client.query(
    // MATERIALIZED: the locking subquery runs once (a rescanned one would lock a row per rescan).
    `WITH f AS MATERIALIZED (SELECT seat_no FROM seats WHERE conference_id = $1 AND registration_id IS NULL ORDER BY seat_no LIMIT 1 FOR UPDATE ${skip})
     UPDATE seats s SET registration_id = $2 FROM f
      WHERE s.conference_id = $1 AND s.seat_no = f.seat_no RETURNING clock_timestamp() AS "claimedAt"`,
    [conferenceId, id],
  );
  return rows.length ? { confirmed: true, rank: null, claimedAt: rows[0].claimedAt } : null;
}

async function claimShard(client, conferenceId, start, skip) {
  const { rows } = await client.query(
    // SKIP LOCKED from a random shard on; waiting, in one fixed order for everybody (fewer lock cycles).
    `WITH f AS MATERIALIZED (SELECT shard_no FROM seat_shards WHERE conference_id = $1 AND confirmed_count < capacity
                              ORDER BY ${skip ? '(shard_no + $2) % $3' : 'shard_no + 0 * $2 + 0 * $3'} LIMIT 1 FOR UPDATE ${skip})
,
     u AS (UPDATE seat_shards s SET confirmed_count = s.confirmed_count + 1 FROM f
      WHERE s.conference_id = $1 AND s.shard_no = f.shard_no RETURNING clock_timestamp() AS "claimedAt")
     SELECT (SELECT shard_no FROM f) AS locked, (SELECT "claimedAt" FROM u) AS "claimedAt"`,
    [conferenceId, start, SHARDS],
  );
  return rows[0].claimedAt === null ? null : { confirmed: true, rank: null, claimedAt: rows[0].claimedAt };
}

async function drawRank(client) {
  const { rows } = await client.query(`SELECT nextval('waitlist_rank') AS rank, clock_timestamp() AS "claimedAt"`);
  return { confirmed: false, rank: rows[0].rank, claimedAt: rows[0].claimedAt };
}

let nextConference = 1;
async function conference(pool, design, capacity) {
  const id = nextConference++;
  await pool.query(`INSERT INTO conferences (id, capacity) VALUES ($1, $2)`, [id, capacity]);
  await designs[design].setup(pool, id, capacity);
  return id;
}

/** Nobody overbooked, everybody registered once, and the waitlist in the promised order. Throws otherwise. */
async function verify(pool, design, conferenceId, capacity, total) {
  const problems = [];
  const {
    rows: [c],
  } = await pool.query(
    `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
            count(DISTINCT waitlist_rank)::int AS ranks, coalesce(min(waitlist_rank), 0)::int AS "minRank", coalesce(max(waitlist_rank), 0)::int AS "maxRank"
       FROM registrations WHERE conference_id = $1`,
    [conferenceId],
  );
  if (c.confirmed > capacity) problems.push(`overbooked: ${c.confirmed} confirmed for ${capacity} places`);
  if (c.confirmed + c.waitlisted !== total) problems.push(`${c.confirmed + c.waitlisted} registrations for ${total} requests`);
  if (c.waitlisted && c.confirmed !== capacity) problems.push(`${c.waitlisted} waiting while ${capacity - c.confirmed} places are free`);
  if (c.ranks !== c.waitlisted) problems.push(`${c.waitlisted} waitlisted with ${c.ranks} distinct ranks`);
  // The mechanism's own count agrees with the rows.
  const mechanism = {
    'single-row': `SELECT confirmed_count AS n FROM conferences WHERE id = $1`,
    'seat-rows': `SELECT count(registration_id)::int AS n FROM seats WHERE conference_id = $1`,
    shards: `SELECT sum(confirmed_count)::int AS n FROM seat_shards WHERE conference_id = $1`,
    'reserve-confirm': `SELECT count(registration_id)::int AS n FROM seats WHERE conference_id = $1`,
    'seat-rows+row-rank': `SELECT count(registration_id)::int AS n FROM seats WHERE conference_id = $1`,
  }[design];
  const [{ n }] = (await pool.query(mechanism, [conferenceId])).rows;
  if (n !== c.confirmed) problems.push(`the ${design} count says ${n}, the rows ${c.confirmed}`);
  if (design.startsWith('seat-rows') || design === 'reserve-confirm') {
    const [{ orphans }] = (
      await pool.query(
        `SELECT count(*)::int AS orphans FROM registrations r LEFT JOIN seats s ON s.registration_id = r.id
          WHERE r.conference_id = $1 AND r.status = 'confirmed' AND s.registration_id IS NULL`,
        [conferenceId],
      )
    ).rows;
    if (orphans) problems.push(`${orphans} confirmed without a seat row`);
  }
  // The waitlist order: positions told at registration against the final order by rank.
  const { rows: waiting } = await pool.query(
    `SELECT reported_position AS told, row_number() OVER (ORDER BY waitlist_rank)::int AS position,
            rank() OVER (ORDER BY claimed_at)::int AS by_claim
       FROM registrations WHERE conference_id = $1 AND status = 'waitlisted' ORDER BY waitlist_rank`,
    [conferenceId],
  );
  const toldOtherwise = waiting.filter((w) => w.told !== w.position).length;
  const toldOff = Math.max(0, ...waiting.map((w) => Math.abs(w.told - w.position)));
  const toldBetter = waiting.filter((w) => w.told < w.position).length;
  const outOfClaimOrder = waiting.filter((w) => w.by_claim !== w.position).length;
  if (design === 'single-row' || design === 'seat-rows+row-rank') {
    if (c.waitlisted && (c.minRank !== 1 || c.maxRank !== c.waitlisted))
      problems.push(`ranks ${c.minRank}..${c.maxRank} for ${c.waitlisted}`);
    if (toldOtherwise) problems.push(`${toldOtherwise} told another position than their final one`);
    if (outOfClaimOrder) problems.push(`${outOfClaimOrder} waitlisted out of the order of their claims`);
  }
  if (problems.length) throw new Error(`${design}, conference ${conferenceId}: ${problems.join('; ')}`);
  return { ...c, toldOtherwise, toldOff, toldBetter, outOfClaimOrder };
}

async function measure(pool, design, capacity, total, prefix) {
  current = design;
  const warm = await conference(pool, design, capacity);
  await load(Math.min(WARM_UP, total), CLIENTS, (i) => designs[design].register(pool, warm, `${prefix}warm${i}`));
  await pool.query('CHECKPOINT');
  retries[design] = 0;
  const id = await conference(pool, design, capacity);
  const result = stats(await load(total, CLIENTS, (i) => designs[design].register(pool, id, `${prefix}${i}`)));
  return { ...result, retries: retries[design], check: await verify(pool, design, id, capacity, total) };
}

const chosen = (process.env.SEAT_BENCH_DESIGNS ?? Object.keys(designs).join(',')).split(',');
const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-seat-bench-'));
const db = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 54369), database: 'seat_bench' });
// TCP on loopback, as the other raw-pg figures (docs/benchmarks.md): every round trip costs what it costs there.
const url = db.url.replace(/@localhost:(\d+)\/([^?]+)\?.*$/, '@127.0.0.1:$1/$2');
const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, options: '-c search_path=seat_bench' });
pool.on('error', () => undefined); // an idle connection closed by the server's stop at the end
const fmt = (s) => `${s.throughput.toFixed(0)}/s, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms`;
try {
  const server = (
    await pool.query(
      `SELECT current_setting('server_version') AS v, current_setting('synchronous_commit') AS s, current_setting('fsync') AS f`,
    )
  ).rows[0];
  console.log(
    `Seat designs: ${CLIENTS} clients, pool ${POOL_SIZE}, PostgreSQL ${server.v} (synchronous_commit ${server.s}, fsync ${server.f}), ${SHARDS} shards, Node ${process.version}`,
  );
  for (let run = 1; run <= RUNS; run++) {
    for (const [label, capacity, total] of [
      [`room for all (${TOTAL} registrations, ${TOTAL} places)`, TOTAL, TOTAL],
      [`rush with a waitlist (${RUSH} registrations, ${SMALL} places)`, SMALL, RUSH],
    ]) {
      const client = await pool.connect();
      await client.query(SCHEMA);
      client.release();
      nextConference = 1;
      console.log(`run ${run}, ${label}:`);
      let base;
      for (const design of chosen) {
        const s = await measure(pool, design, capacity, total, `r${run}-`);
        base ??= s;
        const check = s.check;
        console.log(
          `  ${design.padEnd(16)} ${fmt(s)}  ×${(s.throughput / base.throughput).toFixed(2)} of ${chosen[0]}` +
            `  [ok: ${check.confirmed} confirmed, ${check.waitlisted} waitlisted; told another position ${check.toldOtherwise} (by up to ${check.toldOff}, ${check.toldBetter} a better one), out of claim order ${check.outOfClaimOrder}; deadlocks retried ${s.retries}]`,
        );
      }
    }
  }
  for (const design of chosen) console.log(`  ${design}: ${designs[design].promise}`);
} finally {
  await pool.end();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
