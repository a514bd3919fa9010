// Public programme benchmark (not a test): GET of a published programme with 500 items at 50 concurrent
// clients. Run with `npm run bench`, or alone after `npm run build`.
import pg from 'pg';
import { fmt, getRaw, hasWrk, load, login, record, startApp, stats, wrk } from './lib.mjs';

export async function run(shared) {
  console.log('Public programme benchmark');
  const app = shared ?? (await startApp());
  const pool = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });
  try {
    const bearer = await login(app.base, 'utskott@demo.samverkan.se');
    const start = new Date(Date.now() + 90 * 86_400_000);
    const body = {
      titleSv: 'Programbenchmark',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 86_400_000).toISOString(),
      capacity: 500,
      focusAreaCodes: ['skills'],
    };
    const conference = await (
      await fetch(`${app.base}/api/conferences`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: bearer },
        body: JSON.stringify(body),
      })
    ).json();
    await fetch(`${app.base}/api/conferences/${conference.id}/publish`, { method: 'POST', headers: { authorization: bearer } });
    const room = await (
      await fetch(`${app.base}/api/conferences/${conference.id}/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: bearer },
        body: JSON.stringify({ name: 'Sal', capacity: 100 }),
      })
    ).json();
    await pool.query(
      `INSERT INTO agenda_items (conference_id, title_sv, description_sv, type, starts_at, ends_at, room_id)
       SELECT $1, 'Programpunkt ' || i, 'Beskrivning av punkt ' || i || ' med några meningar om innehållet.', 'seminar',
              $3::timestamptz + (i * 5 || ' minutes')::interval, $3::timestamptz + ((i * 5 + 4) || ' minutes')::interval, $2
         FROM generate_series(1, 500) AS i`,
      [conference.id, room.id, start.toISOString()],
    );
    // One register entry per item, as the speakers the items had as text before the register.
    await pool.query(
      `WITH items AS (SELECT id, row_number() OVER (ORDER BY starts_at) AS i FROM agenda_items WHERE conference_id = $1),
            made AS (INSERT INTO speakers (name, organisation) SELECT 'Talare ' || i, 'Organisation ' || (i % 20) FROM items RETURNING id, name)
       INSERT INTO agenda_item_speakers (agenda_item_id, speaker_id, position)
       SELECT items.id, made.id, 0 FROM items JOIN made ON made.name = 'Talare ' || items.i`,
      [conference.id],
    );
    const published = await fetch(`${app.base}/api/conferences/${conference.id}/agenda/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer },
      body: JSON.stringify({ acknowledgeConflicts: true }),
    });
    if (!published.ok) throw new Error(`publish: ${published.status}`);
    const url = `${app.base}/api/conferences/${conference.id}/programme`;
    // As browsers ask for it (gzip, made once per version on the server; the client unpacks it).
    const headers = { 'accept-encoding': 'gzip' };
    await load(200, 10, () => getRaw(url, headers));
    let size = 0;
    const nodeResult = stats(
      await load(2000, 50, async () => {
        const res = await getRaw(url, headers);
        if (res.status !== 200) throw new Error(`programme: ${res.status}`);
        size = res.bytes;
      }),
    );
    // The floor on this machine: the lightest route (health, one SELECT 1) under the same load, with the
    // load generator on the same two cores.
    const nodeFloor = stats(await load(2000, 50, () => getRaw(`${app.base}/api/health`)));
    console.log(`  programme answer: ${(size / 1024).toFixed(0)} kB gzip`);
    console.log(`  500-item programme, 50 clients (Node generator): ${fmt(nodeResult)}`);
    console.log(`  GET /api/health (floor), 50 clients (Node generator): ${fmt(nodeFloor)}`);
    const figure = (r, f, by) =>
      record(
        `GET published programme (500 items), 50 clients, ${by}`,
        'p95 <= 30 ms',
        `p95 ${r.p95.toFixed(1)} ms (p50 ${r.p50.toFixed(1)}, ${r.throughput.toFixed(0)}/s); floor GET /api/health p95 ${f.p95.toFixed(1)} ms`,
        `${(r.p95 / f.p95).toFixed(2)} × floor`,
      );
    figure(nodeResult, nodeFloor, 'Node load generator');
    if (hasWrk()) {
      // The same with wrk (C, one thread): the generator takes less of the two cores the server shares.
      const wrkResult = wrk(url, { connections: 50, seconds: 10, headers });
      const wrkFloor = wrk(`${app.base}/api/health`, { connections: 50, seconds: 10 });
      console.log(`  500-item programme, 50 clients (wrk): ${fmt(wrkResult)}`);
      console.log(`  GET /api/health (floor), 50 clients (wrk): ${fmt(wrkFloor)}`);
      figure(wrkResult, wrkFloor, 'wrk');
    } else {
      console.log('  wrk is not installed (apt-get install wrk): the figure with a C load generator is left out.');
    }
    // The one statement each programme read runs (libs/agenda/api queries/programme.sql.ts,
    // LATEST_NUMBER_SQL): planning time as a fresh statement and as the API runs it, prepared.
    const latestSql = `SELECT c.status, (SELECT max(number) FROM agenda_versions v WHERE v.conference_id = c.id) AS latest
      FROM conferences c WHERE c.id = $1`;
    const client = await pool.connect();
    try {
      const planning = (rows) => Number(/Planning Time: ([\d.]+) ms/.exec(rows.map((r) => r['QUERY PLAN']).join('\n'))?.[1]);
      const execution = (rows) => Number(/Execution Time: ([\d.]+) ms/.exec(rows.map((r) => r['QUERY PLAN']).join('\n'))?.[1]);
      const fresh = [];
      // EXPLAIN takes no parameters: the id (a uuid the database made) goes in as a literal.
      const literal = `'${conference.id}'::uuid`;
      for (let i = 0; i < 50; i++) fresh.push((await client.query(`EXPLAIN (ANALYZE) ${latestSql.replace('$1', literal)}`)).rows);
      await client.query(`PREPARE bench_latest(uuid) AS ${latestSql}`);
      const prepared = [];
      for (let i = 0; i < 56; i++) prepared.push((await client.query(`EXPLAIN (ANALYZE) EXECUTE bench_latest(${literal})`)).rows);
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      // After five runs PostgreSQL settles on a generic plan; the later runs are what the API pays.
      const steady = prepared.slice(6);
      const [fp, pp] = [median(fresh.map(planning)), median(steady.map(planning))];
      const [fe, pe] = [median(fresh.map(execution)), median(steady.map(execution))];
      console.log(`  latest-version statement: planning ${fp.toFixed(3)} ms fresh, ${pp.toFixed(3)} ms prepared; execution ${fe.toFixed(3)} / ${pe.toFixed(3)} ms`);
      record(
        'programme read statement, planning + execution (median of 50)',
        'prepared: planning no longer dominates',
        `fresh ${(fp + fe).toFixed(3)} ms, prepared ${(pp + pe).toFixed(3)} ms`,
        `${((fp + fe) / (pp + pe)).toFixed(1)} × faster prepared`,
      );
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
