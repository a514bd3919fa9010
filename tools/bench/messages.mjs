// Messages benchmark (not a test): one staff message to 5,000 confirmed participants, from the request to
// the committed outbox (one e-mail each, in a fixed number of statements), against the 2 s target.
// Run with `npm run bench` (builds first) or `node tools/bench/messages.mjs` after `npm run build`.
import pg from 'pg';
import { login, record, seatConfirmed, startApp } from './lib.mjs';

const RECIPIENTS = Number(process.env.BENCH_MESSAGE_RECIPIENTS ?? 5000);
const TARGET_MS = 2000;

async function createConference(base, bearer) {
  const start = new Date(Date.now() + 60 * 86_400_000);
  const created = await (
    await fetch(`${base}/api/conferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify({
        titleSv: 'Utskick i stor skala',
        titleEn: 'Messages at scale',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 86_400_000).toISOString(),
        capacity: RECIPIENTS,
        focusAreaCodes: ['skills'],
      }),
    })
  ).json();
  await fetch(`${base}/api/conferences/${created.id}/publish`, { method: 'POST', headers: { authorization: bearer } });
  return created.id;
}

/**
 * Confirmed registrations written straight into the table (the registration benchmark measures making
 * them). Their links are at version 0, so the first message issues every link anew (the worst case).
 */
async function seed(databaseUrl, conferenceId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO registrations (conference_id, status, first_name, last_name, email, organisation_name, organisation_type, language,
              consented_at, manage_token_version, manage_token_hash, calendar_token_version, calendar_token_hash)
       SELECT $1, 'confirmed', 'Person' || i, 'Testsson', 'utskick' || i || '@kommun.se', 'Finspångs kommun', 'municipality',
              CASE WHEN i % 5 = 0 THEN 'en' ELSE 'sv' END, now(), 0, encode(sha256(('m' || $3 || i)::bytea), 'hex'),
              0, encode(sha256(('c' || $3 || i)::bytea), 'hex')
         FROM generate_series(1, $2) AS i`,
      [conferenceId, RECIPIENTS, conferenceId],
    );
    await seatConfirmed(client, conferenceId);
  } finally {
    await client.end();
  }
}

async function send(base, bearer, conferenceId, dryRun) {
  const started = performance.now();
  const res = await fetch(`${base}/api/conferences/${conferenceId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: bearer },
    body: JSON.stringify({
      subjectSv: 'Välkommen, {förnamn}',
      bodySv: 'Hej {förnamn}!\n\nVälkommen till {konferens}. Din anmälan: {hanteringslänk}\nDitt program: {programlänk}',
      subjectEn: 'Welcome, {firstName}',
      bodyEn: 'Hello {firstName}!\n\nWelcome to {conference}. Your registration: {manageLink}\nYour programme: {programmeLink}',
      filter: { status: 'confirmed' },
      dryRun,
    }),
  });
  const ms = performance.now() - started;
  const body = await res.json();
  if (res.status !== (dryRun ? 200 : 201) || body.recipients !== RECIPIENTS) throw new Error(`message: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return ms;
}

export async function run(app) {
  console.log(`\nMessages: one message to ${RECIPIENTS} confirmed participants`);
  const bearer = await login(app.base, 'utskott@demo.samverkan.se');
  const conferenceId = await createConference(app.base, bearer);
  await seed(app.databaseUrl, conferenceId);
  const dry = await send(app.base, bearer, conferenceId, true);
  record(`Message dry run, ${RECIPIENTS} recipients (count and example)`, '—', `${dry.toFixed(0)} ms`);
  const first = await send(app.base, bearer, conferenceId, false);
  record(`Message to ${RECIPIENTS} enqueued, every link issued anew (worst case)`, `≤ ${TARGET_MS} ms`, `${first.toFixed(0)} ms`, (first / TARGET_MS).toFixed(2));
  const second = await send(app.base, bearer, conferenceId, false);
  record(`Message to ${RECIPIENTS} enqueued (links made again)`, `≤ ${TARGET_MS} ms`, `${second.toFixed(0)} ms`, (second / TARGET_MS).toFixed(2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const app = await startApp();
  try {
    await run(app);
  } finally {
    await app.stop();
  }
}
