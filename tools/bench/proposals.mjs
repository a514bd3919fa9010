// Review-list benchmark (not a test): 2,000 proposals with reviews and comments, the list page as the
// committee and as a council member sees it. Run with `npm run bench`, or alone after `npm run build`.
import pg from 'pg';
import { fmt, load, login, record, startApp, stats } from './lib.mjs';

const PROPOSALS = 2000;

async function seed(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const { rows: users } = await pool.query(`SELECT id, email FROM users WHERE 'programme-council' = ANY(roles) ORDER BY email`);
    const [pelle, karin] = users;
    await pool.query(
      `INSERT INTO proposals (kind, title, summary, state, proposer_id, submitted_at)
       SELECT (ARRAY['theme','session','speaker'])[1 + i % 3], 'Benchmarkförslag ' || i, 'Sammanfattning av förslag ' || i || ' om industrins villkor.',
              (ARRAY['submitted','in-review','accepted','rejected'])[1 + i % 4], CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END, now() - (i || ' minutes')::interval
         FROM generate_series(1, $3) AS i`,
      [pelle.id, karin.id, PROPOSALS],
    );
    await pool.query(
      `INSERT INTO proposal_focus_areas (proposal_id, focus_area_id)
       SELECT p.id, f.id FROM proposals p JOIN focus_areas f ON f.position IN (abs(hashtext(p.id::text)) % 6, (abs(hashtext(p.id::text)) + 2) % 6)
        WHERE p.title LIKE 'Benchmarkförslag %'`,
    );
    await pool.query(
      `INSERT INTO proposal_reviews (proposal_id, reviewer_id, relevance, quality, feasibility, text)
       SELECT p.id, CASE WHEN p.proposer_id = $1::uuid THEN $2::uuid ELSE $1::uuid END, 1 + abs(hashtext(p.id::text)) % 5, 3, 4, 'Granskning'
         FROM proposals p WHERE p.title LIKE 'Benchmarkförslag %'`,
      [pelle.id, karin.id],
    );
    await pool.query(
      `INSERT INTO proposal_comments (proposal_id, author_id, body)
       SELECT p.id, $1::uuid, 'Kommentar ' || g FROM proposals p CROSS JOIN generate_series(1, 3) AS g WHERE p.title LIKE 'Benchmarkförslag %'`,
      [karin.id],
    );
  } finally {
    await pool.end();
  }
}

export async function run(shared) {
  console.log('Review list benchmark');
  const app = shared ?? (await startApp());
  try {
    await seed(app.databaseUrl);
    for (const [who, email] of [
      ['committee', 'utskott@demo.samverkan.se'],
      ['council member', 'programrad@demo.samverkan.se'],
    ]) {
      const bearer = await login(app.base, email);
      const page = stats(
        await load(300, 4, async (i) => {
          const filter = ['', '&state=in-review', '&focusArea=skills', '&search=förslag 1'][i % 4];
          const res = await fetch(`${app.base}/api/proposals?limit=50&offset=${(i * 50) % 1500}${filter}`, {
            headers: { authorization: bearer },
          });
          if (!res.ok) throw new Error(`list: ${res.status}`);
          await res.arrayBuffer();
        }),
      );
      console.log(`  ${who}: ${fmt(page)}`);
      record(
        `review list page (50 of ${PROPOSALS} proposals with reviews and comments), as ${who}`,
        'p95 <= 100 ms',
        `p95 ${page.p95.toFixed(1)} ms (p50 ${page.p50.toFixed(1)})`,
      );
    }
  } finally {
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
