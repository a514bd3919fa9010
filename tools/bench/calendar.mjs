// Calendar feed benchmark (not a test). Two figures:
// 1. build time of a 500-item feed with the app's own code (the feed mapping and ical-generator, loaded
//    from the TypeScript sources through Node's type stripping) versus a plain string builder that
//    writes the same fields with the same escaping and folding, in one run on the same data;
// 2. GET /api/conferences/:id/calendar.ics end to end, 10 concurrent clients.
// Run with `npm run bench`, or alone after `npm run build`.
import pg from 'pg';
import { fmt, getRaw, load, login, record, startApp, stats } from './lib.mjs';

const { buildCalendar, vtimezone } = await import('../../libs/shared/api-ical/src/lib/ical.ts');
const { programmeEvents, conferenceEvent } = await import('../../libs/agenda/api/src/lib/calendar-events.ts');

// The plain builder ------------------------------------------------------------------------------------

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const local = (d) => stockholm.format(d).replace(/[-: ]/g, (c) => (c === ' ' ? 'T' : ''));
const utc = (d) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const escape = (s) => String(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line) {
  if (Buffer.byteLength(line) <= 75) return line;
  const out = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function plainCalendar(name, events) {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Svenska Industrikommuner//Samverkan//SV',
    `NAME:${escape(name)}`,
    `X-WR-CALNAME:${escape(name)}`,
  ];
  lines.push(...vtimezone('Europe/Stockholm').split('\r\n'));
  lines.push('REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H');
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `SEQUENCE:${e.sequence}`, `DTSTAMP:${utc(e.lastModified)}`);
    if (e.allDay) {
      lines.push(`DTSTART;VALUE=DATE:${local(e.start).slice(0, 8)}`, `DTEND;VALUE=DATE:${local(e.end).slice(0, 8)}`);
    } else {
      lines.push(`DTSTART;TZID=Europe/Stockholm:${local(e.start)}`, `DTEND;TZID=Europe/Stockholm:${local(e.end)}`);
    }
    lines.push(`SUMMARY:${escape(e.summary)}`);
    if (e.location) lines.push(`LOCATION:${escape(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escape(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escape).join(',')}`);
    lines.push(`STATUS:${e.status.toUpperCase()}`);
    if (e.url) lines.push(`URL;VALUE=URI:${e.url}`);
    lines.push(`LAST-MODIFIED:${utc(e.lastModified)}`, 'END:VEVENT');
  }
  lines.push('X-WR-TIMEZONE:Europe/Stockholm', 'END:VCALENDAR');
  return lines.map(fold).join('\r\n');
}

function timeEach(iterations, fn) {
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

export async function run(shared) {
  console.log('Calendar feed benchmark');
  const app = shared ?? (await startApp());
  const pool = new pg.Pool({ connectionString: app.databaseUrl, max: 2 });
  try {
    const bearer = await login(app.base, 'utskott@demo.samverkan.se');
    const json = (res) => res.json();
    const post = (path, body) =>
      fetch(`${app.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: bearer },
        body: JSON.stringify(body ?? {}),
      });
    const start = new Date(Date.now() + 120 * 86_400_000);
    const conference = await json(
      await post('/api/conferences', {
        titleSv: 'Kalenderbenchmark för kompetensförsörjning och samverkan',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 86_400_000).toISOString(),
        capacity: 500,
        focusAreaCodes: ['skills'],
      }),
    );
    await post(`/api/conferences/${conference.id}/publish`);
    const room = await json(await post(`/api/conferences/${conference.id}/rooms`, { name: 'Stora salen', capacity: 100 }));
    await pool.query(
      `INSERT INTO agenda_items (conference_id, title_sv, description_sv, type, starts_at, ends_at, room_id)
       SELECT $1, 'Programpunkt ' || i || ': kompetensförsörjning, elnät och välfärd', 'Beskrivning av punkt ' || i || ' med några meningar om innehållet; även kommatecken, och semikolon.', 'seminar',
              $3::timestamptz + (i * 5 || ' minutes')::interval, $3::timestamptz + ((i * 5 + 4) || ' minutes')::interval, $2
         FROM generate_series(1, 500) AS i`,
      [conference.id, room.id, start.toISOString()],
    );
    // One register entry per item, as the speakers the items had as text before the register.
    await pool.query(
      `WITH items AS (SELECT id, row_number() OVER (ORDER BY starts_at) AS i FROM agenda_items WHERE conference_id = $1),
            made AS (INSERT INTO speakers (name, organisation) SELECT 'Åsa Talare ' || i, 'Organisation ' || (i % 20) FROM items RETURNING id, name)
       INSERT INTO agenda_item_speakers (agenda_item_id, speaker_id, position)
       SELECT items.id, made.id, 0 FROM items JOIN made ON made.name = 'Åsa Talare ' || items.i`,
      [conference.id],
    );
    await pool.query(
      `INSERT INTO agenda_item_focus_areas (agenda_item_id, focus_area_id)
       SELECT i.id, f.id FROM agenda_items i, (SELECT id FROM focus_areas WHERE code = 'skills' LIMIT 1) f WHERE i.conference_id = $1`,
      [conference.id],
    );
    const published = await post(`/api/conferences/${conference.id}/agenda/publish`, { acknowledgeConflicts: true });
    if (!published.ok) throw new Error(`publish: ${published.status}`);

    // 1. Build time, same data: the rows the feed query returns.
    const [row] = (
      await pool.query(
        `SELECT c.id, c.status, c.title_sv, c.title_en, c.description_sv, c.description_en, c.venue, c.address, c.starts_at, c.ends_at,
                c.created_at, c.updated_at, v.published_at, v.snapshot->'items' AS items
           FROM conferences c JOIN agenda_versions v ON v.conference_id = c.id WHERE c.id = $1 ORDER BY v.number DESC LIMIT 1`,
        [conference.id],
      )
    ).rows;
    const areas = Object.fromEntries(
      (await pool.query('SELECT code, title_sv, title_en FROM focus_areas')).rows.map((r) => [r.code, [r.title_sv, r.title_en]]),
    );
    const context = { publicUrl: 'https://samverkan.example.se', language: 'sv', areas };
    const events = () => [conferenceEvent(row, context), ...programmeEvents(row, [], context)];
    const sample = events();
    const generated = buildCalendar({ name: row.title_sv, language: 'sv', refreshSeconds: 3600 }, sample);
    const plain = plainCalendar(row.title_sv, sample);
    if (sample.length !== 501) throw new Error(`expected 501 events, got ${sample.length}`);
    console.log(`  feed sizes: ical-generator ${(generated.length / 1024).toFixed(0)} kB, plain ${(plain.length / 1024).toFixed(0)} kB`);
    timeEach(20, () => buildCalendar({ name: row.title_sv, language: 'sv', refreshSeconds: 3600 }, events()));
    timeEach(20, () => plainCalendar(row.title_sv, events()));
    const lib = timeEach(100, () => buildCalendar({ name: row.title_sv, language: 'sv', refreshSeconds: 3600 }, events()));
    const base = timeEach(100, () => plainCalendar(row.title_sv, events()));
    const ratio = lib.p50 / base.p50;
    console.log(
      `  build 500 items: app ${lib.p50.toFixed(1)} ms p50 (${lib.p95.toFixed(1)} p95), plain ${base.p50.toFixed(1)} ms p50 — ratio ${ratio.toFixed(2)}`,
    );
    record(
      'Build a 500-item feed: app (mapping + ical-generator) vs plain string builder',
      'ratio <= 4',
      `${lib.p50.toFixed(1)} ms vs ${base.p50.toFixed(1)} ms (p50)`,
      ratio.toFixed(2),
    );

    // 2. End to end.
    const url = `${app.base}/api/conferences/${conference.id}/calendar.ics`;
    // As calendar apps ask for it (gzip); the body is read as sent, not unpacked (see getRaw).
    const headers = { 'accept-encoding': 'gzip' };
    await load(50, 5, () => getRaw(url, headers));
    const result = stats(
      await load(500, 10, async () => {
        const res = await getRaw(url, headers);
        if (res.status !== 200) throw new Error(`calendar: ${res.status}`);
      }),
    );
    console.log(`  GET 500-item feed, 10 clients: ${fmt(result)}`);
    record(
      'GET conference feed (500 items), 10 clients',
      'p95 <= 100 ms',
      `p95 ${result.p95.toFixed(1)} ms (p50 ${result.p50.toFixed(1)}, ${result.throughput.toFixed(0)}/s)`,
    );
  } finally {
    await pool.end();
    if (!shared) await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
