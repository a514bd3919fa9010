// Fault drill (not a test; `npm run fault`, after a build). On one PostgreSQL and two API processes:
// 1. the registration race across both processes: 500 at once for 50 seats, split over the two;
// 2. registrations under load while PostgreSQL is stopped and started again: health says 503 while it
//    is down, requests fail fast with 503, the API recovers by itself, and no confirmed registration is
//    lost or duplicated.
// Prints the figures and writes them to docs/faults.md. Exits non-zero if a check fails.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const { startEmbeddedPostgres } = await import('../../apps/api/src/database/embedded-postgres.ts');

const PG_PORT = Number(process.env.FAULT_PG_PORT ?? 54510);
const PORTS = [Number(process.env.FAULT_PORT ?? 3410), Number(process.env.FAULT_PORT ?? 3410) + 1];
const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-fault-'));
const checks = [];
const figures = [];
const check = (name, ok, detail = '') => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `: ${detail}` : ''}`);
};
const figure = (name, value) => {
  figures.push({ name, value });
  console.log(`      ${name}: ${value}`);
};

let db = await startEmbeddedPostgres({ dataDir, port: PG_PORT });
const apis = [];

function startApi(port) {
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      // Two API processes of one worker each: the drill is about processes, and kills them one by one.
      WORKERS: '1',
      JWT_SECRET: 'fault-drill-secret-fault-drill-secret-0123',
      PUBLIC_URL: `http://localhost:${port}`,
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'fatal',
      RETENTION_DAYS: '90',
    },
    stdio: ['ignore', process.env.FAULT_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
  });
  apis.push(child);
  return `http://127.0.0.1:${port}`;
}

async function waitHealthy(base, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(3000) })).status === 200) return Date.now() - started;
    } catch {
      /* not up */
    }
    await sleep(200);
  }
  throw new Error(`${base} did not become healthy`);
}

const json = (res) => res.json();
async function staff(base) {
  const login = await json(
    await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'utskott@demo.samverkan.se', password: 'samverkan-demo' }),
    }),
  );
  return `Bearer ${login.accessToken}`;
}
async function conference(base, bearer, capacity) {
  const start = new Date(Date.now() + 60 * 86_400_000);
  const created = await json(
    await fetch(`${base}/api/conferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify({
        titleSv: `Feldrill ${capacity}`,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 86_400_000).toISOString(),
        capacity,
        focusAreaCodes: ['skills'],
      }),
    }),
  );
  await fetch(`${base}/api/conferences/${created.id}/publish`, { method: 'POST', headers: { authorization: bearer } });
  return created.id;
}
function register(base, conferenceId, n, prefix) {
  const started = performance.now();
  return fetch(`${base}/api/conferences/${conferenceId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      firstName: 'Fel',
      lastName: `Drill ${n}`,
      email: `${prefix}${n}@kommun.se`,
      organisationName: 'Feldrillens kommun',
      organisationType: 'municipality',
      consent: true,
    }),
    signal: AbortSignal.timeout(20_000),
  }).then(
    async (res) => ({
      status: res.status,
      body: await res.json().catch(() => null),
      ms: performance.now() - started,
      email: `${prefix}${n}@kommun.se`,
    }),
    (error) => ({ status: 0, body: null, ms: performance.now() - started, email: `${prefix}${n}@kommun.se`, error: String(error) }),
  );
}

const pool = () => new pg.Pool({ connectionString: db.url, max: 2 });

try {
  // Both processes start at once on an empty database: migrations and seeds must run exactly once.
  const a = startApi(PORTS[0]);
  const second = startApi(PORTS[1]);
  const ready = await Promise.all([waitHealthy(a), waitHealthy(second)]);
  figure('two API processes started together, healthy after', ready.map((ms) => `${ms} ms`).join(', '));
  {
    const p = pool();
    const [{ areas, users, migrations }] = (
      await p.query(
        `SELECT (SELECT count(*)::int FROM focus_areas) AS areas, (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM migrations) AS migrations`,
      )
    ).rows;
    await p.end();
    check(
      'started together on an empty database: migrations and seeds ran once',
      areas === 6 && users === 4,
      `${migrations} migrations, ${areas} focus areas, ${users} users`,
    );
  }
  const bases = [a, second];
  const bearer = await staff(a);

  // 1. The race across two processes.
  {
    const id = await conference(a, bearer, 50);
    const responses = await Promise.all(Array.from({ length: 500 }, (_, i) => register(bases[i % 2], id, i, 'race')));
    const p = pool();
    const { rows } = await p.query(
      `SELECT status, count(*)::int AS n, count(DISTINCT waitlist_position)::int AS positions FROM (
         SELECT status, CASE WHEN status = 'waitlisted' THEN rank() OVER (PARTITION BY status ORDER BY waitlist_rank) END AS waitlist_position
           FROM registrations WHERE conference_id = $1) r GROUP BY status`,
      [id],
    );
    const [{ taken }] = (await p.query('SELECT count(*)::int AS taken FROM conference_seats WHERE conference_id = $1 AND registration_id IS NOT NULL', [id])).rows;
    await p.end();
    const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    check(
      'two processes, 500 at once for 50 seats: exactly 50 confirmed',
      by.confirmed === 50 && taken === 50,
      `confirmed ${by.confirmed}, seats taken ${taken}`,
    );
    check(
      '…and 450 on the waitlist, every request answered 201',
      by.waitlisted === 450 && responses.every((r) => r.status === 201),
      `waitlisted ${by.waitlisted}, non-201: ${responses.filter((r) => r.status !== 201).length}`,
    );
  }

  // 2. Registrations under load while PostgreSQL goes down and comes back.
  {
    const id = await conference(a, bearer, 100_000);
    const results = [];
    let running = true;
    let n = 0;
    const workers = Array.from({ length: 8 }, async (_, w) => {
      while (running) {
        const result = await register(bases[w % 2], id, n++, 'load');
        results.push({ ...result, at: Date.now() });
        if (result.status !== 201) await sleep(50);
      }
    });
    await sleep(3000);
    const stoppedAt = Date.now();
    await db.stop();
    figure('PostgreSQL stopped after', `${results.length} registrations`);

    // Health says 503 while the database is down, on both processes.
    const healthDown = await Promise.all(
      bases.map((base) =>
        fetch(`${base}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      ),
    );
    check(
      'health answers 503 on both processes while the database is down',
      healthDown.every((s) => s === 503),
      healthDown.join(', '),
    );
    const probe = await register(a, id, 'probe', 'down');
    check(
      'a registration while the database is down fails fast with 503',
      probe.status === 503 && probe.ms < 3000,
      `${probe.status} in ${probe.ms.toFixed(0)} ms`,
    );
    await sleep(2000);
    const downDuring = results.filter((r) => r.at > stoppedAt);
    const slowest = Math.max(0, ...downDuring.map((r) => r.ms));
    figure(
      'requests answered while down',
      `${downDuring.length}, statuses ${[...new Set(downDuring.map((r) => r.status))].join('/')}, slowest ${slowest.toFixed(0)} ms`,
    );
    check('no request hangs while the database is down (all answered within 5 s)', slowest < 5000, `slowest ${slowest.toFixed(0)} ms`);

    const restartedAt = Date.now();
    db = await startEmbeddedPostgres({ dataDir, port: PG_PORT });
    const recovered = await Promise.all(bases.map((base) => waitHealthy(base, 30_000)));
    figure('PostgreSQL down for', `${restartedAt - stoppedAt} ms`);
    figure('API healthy again after the restart', recovered.map((ms) => `${ms} ms`).join(', '));
    check('both API processes recover by themselves', true);
    const okAfter = results.length;
    await sleep(3000);
    running = false;
    await Promise.all(workers);
    const afterRecovery = results.slice(okAfter).filter((r) => r.status === 201).length;
    check('registrations succeed again after recovery', afterRecovery > 0, `${afterRecovery} confirmed in 3 s`);

    // Nothing lost, nothing duplicated.
    const p = pool();
    const { rows } = await p.query(`SELECT id, email, status FROM registrations WHERE conference_id = $1`, [id]);
    const [{ taken }] = (await p.query('SELECT count(*)::int AS taken FROM conference_seats WHERE conference_id = $1 AND registration_id IS NOT NULL', [id])).rows;
    await p.end();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const confirmedAnswers = results.filter((r) => r.status === 201 && r.body?.status === 'confirmed');
    const lost = confirmedAnswers.filter((r) => byId.get(r.body.id)?.status !== 'confirmed');
    const emails = rows.map((r) => r.email);
    const duplicates = emails.length - new Set(emails).size;
    const confirmedRows = rows.filter((r) => r.status === 'confirmed').length;
    const unanswered = confirmedRows - confirmedAnswers.length;
    figure(
      'registrations answered 201',
      `${confirmedAnswers.length}; rows confirmed ${confirmedRows}; answered otherwise but committed ${unanswered}`,
    );
    figure(
      'answers by status',
      Object.entries(results.reduce((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {}))
        .map(([s, c]) => `${s}: ${c}`)
        .join(', '),
    );
    const wrong = results.filter((r) => r.status !== 201 && r.status !== 503);
    check(
      'every request that failed got 503, never a 500 or no answer',
      wrong.length === 0,
      wrong.length ? [...new Set(wrong.map((r) => r.status))].join('/') : '',
    );
    check('no confirmed registration lost (every 201 has its row)', lost.length === 0, `${lost.length} lost`);
    check('no registration duplicated', duplicates === 0, `${duplicates} duplicates`);
    check('the seats taken match the confirmed rows', taken === confirmedRows, `seats taken ${taken}, rows ${confirmedRows}`);
  }
} catch (error) {
  check('drill ran to the end', false, String(error));
} finally {
  for (const child of apis) child.kill('SIGTERM');
  await Promise.all(apis.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))));
  await db.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}

const failed = checks.filter((c) => !c.ok);
writeFileSync(
  'docs/faults.md',
  [
    '# Fault drill',
    '',
    `\`npm run fault\` on ${new Date().toISOString().slice(0, 10)}: one embedded PostgreSQL, two API processes on it, PostgreSQL stopped and started during load. Not part of \`npm test\`.`,
    '',
    '| check | result | detail |',
    '|---|---|---|',
    ...checks.map((c) => `| ${c.name} | ${c.ok ? 'pass' : '**fail**'} | ${c.detail} |`),
    '',
    '| figure | value |',
    '|---|---|',
    ...figures.map((f) => `| ${f.name} | ${f.value} |`),
    '',
  ].join('\n'),
);
console.log(`\n${failed.length ? `${failed.length} check(s) failed` : 'All checks passed'}; wrote docs/faults.md`);
process.exit(failed.length ? 1 : 0);
