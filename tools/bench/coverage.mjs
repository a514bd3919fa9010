// Focus-area coverage benchmark (not a test): the report over 10 years × 4 conferences × 100 agenda items
// (plus themes, proposals, registrations and the demo history), at 10 concurrent clients. Run with
// `npm run bench`, or alone after `npm run build`: `node tools/bench/coverage.mjs`.
import pg from 'pg';
import { fmt, load, login, record, startApp, stats } from './lib.mjs';

const YEARS = 10;
const PER_YEAR = 4;
const ITEMS = 100;

export async function run(shared) {
  console.log('Focus-area coverage benchmark');
  const app =
    shared ?? (await startApp({ port: Number(process.env.BENCH_PORT ?? 3320), pgPort: Number(process.env.BENCH_PG_PORT ?? 54450) }));
  const pool = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });
  try {
    const bearer = await login(app.base, 'utskott@demo.samverkan.se');
    const firstYear = new Date().getFullYear() - YEARS;
    // Set-based inserts straight into the tables: the figure is the report, not the data entry.
    await pool.query(
      `WITH areas AS (SELECT array_agg(f.id ORDER BY f.position) AS ids FROM focus_areas f JOIN strategies s ON s.id = f.strategy_id AND s.state = 'adopted'),
       confs AS (
         INSERT INTO conferences (status, title_sv, starts_at, ends_at, capacity)
         SELECT 'archived', 'Benchmark ' || y || '-' || q, make_timestamptz(y, q * 3 - 1, 10, 9, 0, 0, 'Europe/Stockholm'),
                make_timestamptz(y, q * 3 - 1, 11, 16, 0, 0, 'Europe/Stockholm'), 500
           FROM generate_series($1::int, $1::int + $2::int - 1) AS y, generate_series(1, $3::int) AS q
         RETURNING id, starts_at
       ),
       items AS (
         INSERT INTO agenda_items (conference_id, title_sv, type, starts_at, ends_at)
         SELECT c.id, 'Punkt ' || i, (ARRAY['keynote','panel','seminar','workshop','study-visit','break'])[1 + i % 6],
                c.starts_at + (i * 20 || ' minutes')::interval, c.starts_at + (i * 20 + 15 + (i % 4) * 15 || ' minutes')::interval
           FROM confs c, generate_series(1, $4::int) AS i
         RETURNING id, title_sv
       ),
       tags AS (
         INSERT INTO agenda_item_focus_areas (agenda_item_id, focus_area_id)
         SELECT DISTINCT it.id, (SELECT ids FROM areas)[1 + ((abs(hashtext(it.id::text)) + k) % 6)]
           FROM items it, generate_series(0, 1) AS k
         RETURNING 1
       ),
       themes AS (
         INSERT INTO themes (conference_id, title_sv, position)
         SELECT c.id, 'Tema ' || t, t FROM confs c, generate_series(1, 3) AS t
         RETURNING id
       ),
       theme_tags AS (
         INSERT INTO theme_focus_areas (theme_id, focus_area_id)
         SELECT th.id, (SELECT ids FROM areas)[1 + (abs(hashtext(th.id::text)) % 6)] FROM themes th
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM confs) AS conferences, (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM tags) AS tags,
              (SELECT count(*) FROM theme_tags) AS themes`,
      [firstYear, YEARS, PER_YEAR, ITEMS],
    );
    await pool.query(
      `INSERT INTO registrations (conference_id, status, first_name, last_name, email, organisation_name, organisation_type, consented_at, manage_token_hash, calendar_token_hash)
       SELECT c.id, 'confirmed', 'Person', 'Bench', 'p' || i || '@' || c.id || '.se', 'Org',
              (ARRAY['municipality','municipality','municipality','business','business','region','state-agency','other'])[1 + i % 8], now(),
              md5(c.id::text || i), md5(i || c.id::text)
         FROM conferences c, generate_series(1, 120) AS i WHERE c.title_sv LIKE 'Benchmark %'`,
    );
    const proposer = (await pool.query(`SELECT id FROM users WHERE email = 'programrad@demo.samverkan.se'`)).rows[0].id;
    await pool.query(
      `WITH p AS (
         INSERT INTO proposals (kind, title, summary, state, target_conference_id, proposer_id, submitted_at)
         SELECT 'session', 'Förslag ' || i, 'Sammanfattning', (ARRAY['submitted','accepted','rejected'])[1 + i % 3], c.id, $1, now()
           FROM conferences c, generate_series(1, 15) AS i WHERE c.title_sv LIKE 'Benchmark %'
         RETURNING id
       )
       INSERT INTO proposal_focus_areas (proposal_id, focus_area_id)
       SELECT p.id, areas.ids[1 + abs(hashtext(p.id::text)) % 6]
         FROM p, (SELECT array_agg(f.id ORDER BY f.position) AS ids FROM focus_areas f JOIN strategies s ON s.id = f.strategy_id AND s.state = 'adopted') AS areas`,
      [proposer],
    );
    await pool.query('ANALYZE');

    const url = `${app.base}/api/reports/focus-area-coverage`;
    const get = async (query) => {
      const res = await fetch(`${url}${query}`, { headers: { authorization: bearer } });
      if (!res.ok) throw new Error(`report: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const whole = await get('');
    console.log(`  ${whole.conferences.length} conferences, ${whole.cells.length} cells, ${whole.gaps.length} gaps`);
    await load(20, 4, () => get(''));
    const single = stats(await load(50, 1, () => get('')));
    console.log(`  whole history, 1 client: ${fmt(single)}`);
    const all = stats(await load(200, 10, () => get('')));
    console.log(`  whole history, 10 clients: ${fmt(all)}`);
    const year = new Date().getFullYear();
    const recent = stats(await load(200, 10, () => get(`?fromYear=${year - 2}&toYear=${year}`)));
    console.log(`  last three years, 10 clients: ${fmt(recent)}`);
    record(
      `GET focus-area coverage (${whole.conferences.length} conferences, ${YEARS * PER_YEAR * ITEMS} items), 10 clients`,
      'p95 <= 300 ms',
      `p95 ${all.p95.toFixed(1)} ms (p50 ${all.p50.toFixed(1)}, ${all.throughput.toFixed(0)}/s)`,
    );
    record(
      `GET focus-area coverage (${whole.conferences.length} conferences), 1 client`,
      'p95 <= 100 ms',
      `p95 ${single.p95.toFixed(1)} ms (p50 ${single.p50.toFixed(1)})`,
    );
    record(
      'GET focus-area coverage, last three years, 10 clients',
      'p95 <= 300 ms',
      `p95 ${recent.p95.toFixed(1)} ms (p50 ${recent.p50.toFixed(1)}, ${recent.throughput.toFixed(0)}/s)`,
    );
  } finally {
    await pool.end();
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
