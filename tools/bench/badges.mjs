// Name-badge benchmark (not a test): the badges PDF for a conference with 1,000 confirmed participants
// (QR codes, fitted names, 125 A4 pages), target 5 s. Run with `npm run bench`, or alone after
// `npm run build`: `node tools/bench/badges.mjs`.
import pg from 'pg';
import { login, record, seatConfirmed, startApp } from './lib.mjs';

const PEOPLE = 1000;
const TARGET_SECONDS = 5;

export async function run(shared) {
  console.log('Name badges benchmark');
  const app = shared ?? (await startApp({ port: 3330, pgPort: 54460 }));
  const pool = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });
  try {
    const bearer = await login(app.base, 'utskott@demo.samverkan.se');
    // Set-based inserts: the figure is the PDF, not the registrations. Names vary in length (some long,
    // to be shrunk and wrapped) and carry å ä ö é.
    const {
      rows: [conference],
    } = await pool.query(
      `INSERT INTO conferences (status, title_sv, starts_at, ends_at, capacity)
       VALUES ('published', 'Badges-benchmark: Industrikommunernas höstkonferens', now() + interval '30 days', now() + interval '31 days', $1)
       RETURNING id`,
      [PEOPLE],
    );
    await pool.query(
      `INSERT INTO registrations (conference_id, status, first_name, last_name, email, organisation_name, organisation_type, consented_at, manage_token_hash, calendar_token_hash)
       SELECT $1::uuid, 'confirmed', (ARRAY['Åsa','René','Anna-Karin Margareta','Per','Märta-Lena'])[1 + i % 5],
              (ARRAY['Öhrn','Éclair','Åkerlund-Väänänen Östergren-Sjöberg af Ekström','Berg','Lindqvist'])[1 + i % 5] || ' ' || i,
              'b' || i || '@bench.se',
              (ARRAY['Västerås stad','Säffle kommun','Kommunalförbundet för räddningstjänst i Östra Götaland','Sandvik AB'])[1 + i % 4],
              'municipality', now(), md5('m' || i || $1::text), md5('c' || i || $1::text)
         FROM generate_series(1, $2::int) AS i`,
      [conference.id, PEOPLE],
    );
    await seatConfirmed(pool, conference.id);
    await pool.query('ANALYZE registrations');
    const url = `${app.base}/api/conferences/${conference.id}/badges.pdf`;
    const times = [];
    let bytes = 0;
    // The first run also stores the check-in codes' hashes; the later ones find them stored.
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { authorization: bearer } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200 || body.subarray(0, 5).toString() !== '%PDF-') throw new Error(`badges.pdf: ${res.status}`);
      times.push((performance.now() - t0) / 1000);
      bytes = body.length;
    }
    const [first, ...rest] = times;
    const best = Math.min(...rest);
    console.log(`  first ${first.toFixed(2)} s, then ${rest.map((s) => s.toFixed(2)).join(' s, ')} s; ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    record(
      `GET badges.pdf, ${PEOPLE} confirmed participants (${Math.ceil(PEOPLE / 8)} pages)`,
      `<= ${TARGET_SECONDS} s`,
      `${first.toFixed(2)} s first, ${best.toFixed(2)} s after (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
      (first / TARGET_SECONDS).toFixed(2),
    );
  } finally {
    await pool.end();
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
