// Registration benchmark (not a test): HTTP registrations (with answers to the form's two questions) versus
// the same SQL transaction over raw node-pg, and that transaction with the old single-row seat claim (ADR 0004),
// at the same concurrency and pool size, plus the staff list and CSV export on large conferences.
// Run with `npm run bench` (builds first) or `node tools/bench/registration.mjs` after `npm run build`.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { fmt, hasWrk, wrk, load, login, record, seatConfirmed, startApp, stats } from './lib.mjs';

// The API's own SQL (Node strips the types): the benchmark runs the very statements the API sends.
const { CLAIM_SEAT_SQL, CLAIM_WAITING_SQL, OPEN_FOR_REGISTRATION } = await import('../../libs/registrations/api/src/lib/seat-sql.ts');
const { lockSeats } = await import('../../libs/conferences/api/src/lib/seat-lock.ts');

const POOL_SIZE = 20; // the API's pool size (apps/api/src/database/data-source.ts)
const PER_RUN = Number(process.env.BENCH_REGISTRATIONS ?? 2000);

/** A published conference with two questions: its id and one person's answers to them. */
async function createConference(base, bearer, capacity) {
  const start = new Date(Date.now() + 60 * 86_400_000);
  const body = {
    titleSv: 'Benchmark',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 86_400_000).toISOString(),
    capacity,
    focusAreaCodes: ['skills'],
  };
  const created = await (
    await fetch(`${base}/api/conferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify(body),
    })
  ).json();
  // The form's own questions, as a conference of this round has them: a required choice and a free text.
  const questions = await (
    await fetch(`${base}/api/conferences/${created.id}/questions`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify([
        {
          kind: 'choice',
          labelSv: 'Vilken workshop väljer du?',
          required: true,
          options: [{ labelSv: 'Rekrytering' }, { labelSv: 'Energi' }],
        },
        { kind: 'text', labelSv: 'Något vi bör veta?', required: false },
      ]),
    })
  ).json();
  if (!Array.isArray(questions)) throw new Error(`questions: ${JSON.stringify(questions)}`);
  await fetch(`${base}/api/conferences/${created.id}/publish`, { method: 'POST', headers: { authorization: bearer } });
  const [choice, text] = questions;
  return { id: created.id, answers: { [choice.id]: choice.options[1].id, [text.id]: 'Kommer med tåg.' } };
}


/** The API's seat claim (libs/registrations/api/src/lib/seats.ts, its SQL imported): the shared seat lock, then a seat row or a rank. */
async function rawSeat(client, conferenceId, id) {
  await lockSeats({ query: (sql, params) => client.query(sql, params) }, conferenceId, 'shared');
  const {
    rows: [seat],
  } = await client.query(CLAIM_SEAT_SQL, [conferenceId, id]);
  if (seat.seated || seat.rank !== null) return { confirmed: seat.seated, rank: seat.rank };
  // Every free-looking seat is being taken by a claim in flight: wait for them, as the API does.
  const {
    rows: [waited],
  } = await client.query(CLAIM_WAITING_SQL, [conferenceId, id]);
  return { confirmed: waited.seated, rank: waited.rank };
}

/**
 * The design before ADR 0009, kept for this benchmark only: every seat through one counter row, locked from
 * the claim to the commit (ADR 0004). The counter lives in a table of the benchmark's own, beside the
 * conference; the rest of the transaction is the API's.
 */
const SINGLE_ROW_SCHEMA = `CREATE TABLE IF NOT EXISTS bench_single_row_seats (
  conference_id uuid PRIMARY KEY, capacity int NOT NULL, confirmed_count int NOT NULL DEFAULT 0, waitlist_seq bigint NOT NULL DEFAULT 0,
  CHECK (confirmed_count <= capacity))`;

async function singleRowSeat(client, conferenceId) {
  const {
    rows: [seat],
  } = await client.query(
    `WITH open AS (SELECT FROM conferences WHERE id = $1 AND ${OPEN_FOR_REGISTRATION}),
     seated AS (UPDATE bench_single_row_seats SET confirmed_count = confirmed_count + 1
                 WHERE conference_id = $1 AND confirmed_count < capacity AND EXISTS (SELECT FROM open) RETURNING 1),
     queued AS (UPDATE bench_single_row_seats SET waitlist_seq = waitlist_seq + 1
                 WHERE conference_id = $1 AND NOT EXISTS (SELECT FROM seated) AND EXISTS (SELECT FROM open) RETURNING waitlist_seq)
     SELECT EXISTS (SELECT FROM seated) AS confirmed, (SELECT waitlist_seq::text FROM queued) AS rank`,
    [conferenceId],
  );
  return seat;
}

/** The API's registration transaction, statement for statement, without HTTP, Nest or TypeORM. */
async function rawRegistration(pool, { id: conferenceId, answers }, n, claim = rawSeat) {
  const client = await pool.connect();
  try {
    const email = `raw${n}@kommun.se`;
    const id = randomUUID();
    await client.query('BEGIN');
    await client.query(
      `SELECT c.*, EXISTS (SELECT 1 FROM registrations r WHERE r.conference_id = c.id AND r.email = $2 AND r.status <> 'cancelled') AS duplicate,
              ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM organisations o WHERE o.id = $3::uuid)) AS organisation_known,
              coalesce((SELECT json_agg(q ORDER BY q.position) FROM conference_questions q WHERE q.conference_id = c.id), '[]'::json) AS questions,
              coalesce((SELECT o.member FROM organisations o WHERE o.id = $3::uuid), false) AS fee_member,
              coalesce((SELECT f.amount_ore FROM conference_fees f WHERE f.conference_id = c.id AND f.organisation_type = $4
                          AND f.member = coalesce((SELECT o.member FROM organisations o WHERE o.id = $3::uuid), false)), 0) AS fee_amount
         FROM conferences c WHERE c.id = $1`,
      [conferenceId, email, null, 'municipality'],
    );
    const seat = await claim(client, conferenceId, id);
    const rank = seat.confirmed ? null : seat.rank;
    const status = rank ? 'waitlisted' : 'confirmed';
    await client.query(
      `WITH p AS (SELECT CASE WHEN $9::boolean THEN (SELECT count(*) + 1 FROM registrations WHERE conference_id = $2 AND status = 'waitlisted' AND waitlist_rank < $4::bigint) END AS position),
       r AS (
         INSERT INTO registrations (id, conference_id, status, waitlist_rank, first_name, last_name, email, organisation_id,
                organisation_name, organisation_type, title, dietary_needs, accessibility_needs, language, consented_at,
                show_on_attendee_list, manage_token_hash, calendar_token_hash)
         VALUES ($1, $2, $3, $4, 'Raw', 'Testsson', $5, NULL, 'Finspångs kommun', 'municipality', NULL, NULL, NULL, 'sv', now(), false, $6, $7) RETURNING id),
       e AS (INSERT INTO registration_events (registration_id, kind, details) SELECT r.id, 'created', jsonb_build_object('status', $8::text, 'position', p.position) FROM r, p),
       m AS (INSERT INTO outbox_messages ("to", subject, text, status, subject_ref) SELECT $5, 'Bekräftelse', 'Hej ' || coalesce(p.position::text, ''), 'stored', 'registration:' || $1 FROM r, p)
       SELECT p.position FROM p`,
      [
        id,
        conferenceId,
        status,
        rank,
        email,
        createHash('sha256').update(randomBytes(32)).digest('hex'),
        createHash('sha256').update(randomBytes(32)).digest('hex'),
        status,
        rank !== null,
      ],
    );
    const questionIds = Object.keys(answers);
    await client.query(
      `INSERT INTO registration_answers (registration_id, question_id, value)
       SELECT $1, v.question_id, v.value FROM unnest($2::uuid[], $3::jsonb[]) AS v(question_id, value)`,
      [id, questionIds, questionIds.map((q) => JSON.stringify(answers[q]))],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function httpRegistration(base, { id: conferenceId, answers }, n, prefix) {
  const res = await fetch(`${base}/api/conferences/${conferenceId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      firstName: 'Bench',
      lastName: 'Testsson',
      email: `${prefix}${n}@kommun.se`,
      organisationName: 'Finspångs kommun',
      organisationType: 'municipality',
      consent: true,
      answers,
    }),
  });
  if (res.status !== 201) throw new Error(`registration ${n}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

/**
 * wrk's Lua for the same registrations as httpRegistration: one POST per request, each with its own
 * e-mail address (wrk runs one thread here, so a counter is enough).
 */
function wrkRegistrations({ id: conferenceId, answers }, prefix) {
  const template = JSON.stringify({
    firstName: 'Bench',
    lastName: 'Testsson',
    email: '__EMAIL__',
    organisationName: 'Finspångs kommun',
    organisationType: 'municipality',
    consent: true,
    answers,
  });
  return `
local n = 0
local template = [==[${template}]==]
request = function()
  n = n + 1
  local body = template:gsub("__EMAIL__", "${prefix}" .. n .. "@kommun.se")
  return wrk.format("POST", "/api/conferences/${conferenceId}/registrations", { ["Content-Type"] = "application/json" }, body)
end`;
}

async function bulkRegistrations(pool, conferenceId, count) {
  await pool.query(
    `INSERT INTO registrations (conference_id, status, first_name, last_name, email, organisation_name, organisation_type, language, consented_at, show_on_attendee_list, manage_token_hash, calendar_token_hash)
     SELECT $1::uuid, 'confirmed', 'Förnamn' || i, 'Efternamn' || i, 'bulk' || i || '@kommun.se', 'Organisation ' || (i % 97),
            (ARRAY['municipality','business','region','state-agency','other'])[1 + i % 5], 'sv', now(), false, md5('m' || i || $1::text), md5('c' || i || $1::text)
       FROM generate_series(1, $2) AS i`,
    [conferenceId, count],
  );
  await seatConfirmed(pool, conferenceId);
}

export async function run(shared) {
  console.log('Registration benchmark');
  const app = shared ?? (await startApp());
  const pool = new pg.Pool({ connectionString: app.databaseUrl, max: POOL_SIZE });
  try {
    const bearer = await login(app.base);
    for (const concurrency of [32, 50]) {
      const httpConference = await createConference(app.base, bearer, PER_RUN / 2);
      // Warm-up: JIT, pools, caches.
      await load(100, concurrency, (i) => httpRegistration(app.base, httpConference, i, `warm${concurrency}-`));
      const http = stats(await load(PER_RUN, concurrency, (i) => httpRegistration(app.base, httpConference, i, `http${concurrency}-`)));
      const rawConference = await createConference(app.base, bearer, PER_RUN / 2);
      await load(100, concurrency, (i) => rawRegistration(pool, rawConference, `warm${i}`));
      const raw = stats(await load(PER_RUN, concurrency, (i) => rawRegistration(pool, rawConference, i)));
      const oldConference = await createConference(app.base, bearer, PER_RUN / 2);
      await pool.query(SINGLE_ROW_SCHEMA);
      await pool.query(`INSERT INTO bench_single_row_seats (conference_id, capacity) VALUES ($1, $2)`, [oldConference.id, PER_RUN / 2]);
      await load(100, concurrency, (i) => rawRegistration(pool, oldConference, `warm${i}`, singleRowSeat));
      const old = stats(await load(PER_RUN, concurrency, (i) => rawRegistration(pool, oldConference, i, singleRowSeat)));
      console.log(`  ${concurrency} clients, HTTP: ${fmt(http)}`);
      console.log(`  ${concurrency} clients, raw pg: ${fmt(raw)}`);
      console.log(`  ${concurrency} clients, raw pg, old single row: ${fmt(old)}`);
      record(
        `seat rows vs the old single row, raw pg, ${concurrency} clients (half the places, then a waitlist)`,
        'ratio >= 3',
        `${raw.throughput.toFixed(0)}/s (p95 ${raw.p95.toFixed(1)} ms) vs ${old.throughput.toFixed(0)}/s (p95 ${old.p95.toFixed(1)} ms)`,
        (raw.throughput / old.throughput).toFixed(2),
      );
      record(
        `registrations/s over HTTP vs raw pg, ${concurrency} clients`,
        'ratio >= 0.8',
        `${http.throughput.toFixed(0)}/s vs ${raw.throughput.toFixed(0)}/s`,
        (http.throughput / raw.throughput).toFixed(2),
      );
      record(
        `registration p95 over HTTP, ${concurrency} clients`,
        '<= 50 ms at 50 clients',
        `${http.p95.toFixed(1)} ms (p50 ${http.p50.toFixed(1)}, p99 ${http.p99.toFixed(1)})`,
      );
      if (hasWrk()) {
        // The same registrations from wrk (C, one thread) for 10 s: less of the two cores goes to the load.
        const wrkConference = await createConference(app.base, bearer, PER_RUN / 2);
        const w = wrk(`${app.base}/`, { connections: concurrency, seconds: 10, lua: wrkRegistrations(wrkConference, `wrk${concurrency}-`) });
        console.log(`  ${concurrency} clients, HTTP, wrk: ${fmt(w)}`);
        record(
          `registration over HTTP with wrk, ${concurrency} clients (${w.count} in 10 s for ${PER_RUN / 2} places)`,
          '<= 50 ms at 50 clients',
          `${w.throughput.toFixed(0)}/s, p95 ${w.p95.toFixed(1)} ms (p50 ${w.p50.toFixed(1)}, p99 ${w.p99.toFixed(1)}); ratio to raw pg ${(w.throughput / raw.throughput).toFixed(2)}`,
        );
      }
    }

    const big = await createConference(app.base, bearer, 20000);
    await bulkRegistrations(pool, big.id, 10000);
    const page = stats(
      await load(200, 4, async (i) => {
        const res = await fetch(
          `${app.base}/api/conferences/${big.id}/registrations?limit=50&offset=${(i * 50) % 10000}${i % 3 === 0 ? '&search=efternamn12' : ''}`,
          { headers: { authorization: bearer } },
        );
        if (!res.ok) throw new Error(`list: ${res.status}`);
        await res.arrayBuffer();
      }),
    );
    record('attendee list page, 10,000 registrations', 'p95 <= 100 ms', `p95 ${page.p95.toFixed(1)} ms (p50 ${page.p50.toFixed(1)})`);

    const csvConference = await createConference(app.base, bearer, 20000);
    await bulkRegistrations(pool, csvConference.id, 5000);
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const res = await fetch(`${app.base}/api/conferences/${csvConference.id}/registrations/export.csv`, {
        headers: { authorization: bearer },
      });
      const text = await res.text();
      times.push(performance.now() - t0);
      if (text.trim().split('\n').length !== 5001) throw new Error('CSV does not have 5,000 rows');
    }
    times.sort((a, b) => a - b);
    record('CSV export of 5,000 registrations', '<= 1 s', `median ${(times[2] / 1000).toFixed(2)} s`);
  } finally {
    await pool.end();
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
