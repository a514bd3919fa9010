import ExcelJS from 'exceljs';
import type { Test } from 'supertest';
import { parse as parseCsv } from 'csv-parse/sync';
import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import type { MemberEngagementResponse, MemberEngagementSummary } from '@samverkan/coverage/contract';
import { EngagementService } from '@samverkan/coverage/api';
import { createConference, registrationBody } from './support/factories';
import { pdfToText } from './support/pdf-text';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

const DAY = 86_400_000;

/** The response body as bytes, whatever its type. */
const bytes = (req: Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe("members' engagement and the annual summary", () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  let council: string;
  const org: Record<'active' | 'byName' | 'few' | 'never' | 'formula' | 'outsider', string> = {} as never;
  let recentId: string;
  let recentYear: number;
  let oldId: string;
  let names: string[];

  const get = (path: string, bearer = committee) => t.http.get(path).set('Authorization', bearer);

  async function organisation(name: string, member = true): Promise<string> {
    const res = await t.http
      .post('/api/organisations')
      .set('Authorization', admin)
      .send({ name, type: 'municipality', member })
      .expect(201);
    return res.body.id as string;
  }

  async function register(conferenceId: string, n: string, overrides: Record<string, unknown>): Promise<string> {
    const res = await t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n, overrides)).expect(201);
    expect(res.body.status).toBe('confirmed');
    return res.body.manageToken as string;
  }

  async function moveTo(conferenceId: string, endsAt: Date): Promise<void> {
    await t.http
      .patch(`/api/conferences/${conferenceId}`)
      .set('Authorization', committee)
      .send({
        startsAt: new Date(endsAt.getTime() - DAY).toISOString(),
        endsAt: endsAt.toISOString(),
        registrationOpensAt: null,
        registrationClosesAt: null,
      })
      .expect(200);
  }

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
    council = await t.login(DEMO.council);

    org.active = await organisation('Aktiva bruks kommun');
    org.byName = await organisation('Östra Namnbruks kommun');
    org.few = await organisation('Fåtaliga kommun');
    org.never = await organisation('Aldrigsedda kommun');
    org.formula = await organisation('=HYPERLINK("http://evil.example") kommun');
    org.outsider = await organisation('Ickemedlems kommun', false);

    // A recent conference (ended two days ago): areas skills + cooperation; one workshop on infrastructure.
    const recent = await createConference(t, committee, {
      titleSv: 'Engagemangskonferensen',
      capacity: 20,
      focusAreaCodes: ['skills', 'cooperation'],
    });
    recentId = recent.id;
    const room = (
      await t.http
        .post(`/api/conferences/${recent.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Sal E', capacity: 50 })
        .expect(201)
    ).body;
    const start = new Date(recent.startsAt).getTime();
    const workshop = (
      await t.http
        .post(`/api/conferences/${recent.id}/agenda/items`)
        .set('Authorization', committee)
        .send({
          titleSv: 'Verkstad om järnvägen',
          type: 'workshop',
          startsAt: new Date(start + 3600_000).toISOString(),
          endsAt: new Date(start + 7200_000).toISOString(),
          roomId: room.id,
          signupRequired: true,
          signupCapacity: 20,
          focusAreaCodes: ['infrastructure'],
        })
        .expect(201)
    ).body as AgendaItemResponse;
    await t.http.post(`/api/conferences/${recent.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);

    const active = await Promise.all(
      ['a1', 'a2', 'a3'].map((n) =>
        register(recent.id, `eng-${n}`, { organisationId: org.active, organisationName: 'Aktiva bruks kommun', firstName: `Anna${n}` }),
      ),
    );
    await t.http.post(`/api/registrations/${active[0]}/sessions`).send({ agendaItemId: workshop.id }).expect(201);
    const few = await register(recent.id, 'eng-f1', { organisationId: org.few, organisationName: 'Fåtaliga kommun', firstName: 'Frida' });
    await register(recent.id, 'eng-o1', { organisationId: org.outsider, organisationName: 'Ickemedlems kommun' });
    await register(recent.id, 'eng-x1', { organisationId: org.formula, organisationName: '=HYPERLINK("http://evil.example") kommun' });
    const ended = new Date(Date.now() - 2 * DAY);
    await moveTo(recent.id, ended);
    recentYear = Number(
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date(ended.getTime() - DAY)),
    );
    // Evaluation answers: three from the active member, one from the member with few.
    for (const token of [...active, few])
      await t.http
        .put(`/api/registrations/${token}/evaluation`)
        .send({ overall: 4, focusAreaCodes: ['cooperation'] })
        .expect(200);
    // The first of the active member's people is anonymised (names gone, still counted).
    await t.dataSource.query(`UPDATE registrations SET anonymised_at = now() WHERE email = 'personeng-a3@kommun.se'`);

    // An old conference (three years ago): the by-name member's only one, registered without an organisation id.
    const old = await createConference(t, committee, {
      titleSv: 'Den gamla konferensen',
      capacity: 20,
      focusAreaCodes: ['infrastructure'],
    });
    oldId = old.id;
    await register(old.id, 'eng-b1', { organisationName: '  östra namnbruks KOMMUN ', organisationType: 'municipality' });
    await moveTo(old.id, new Date(Date.now() - 3 * 365 * DAY));

    // A proposal by a person of the active member (submitted), and a draft that does not count.
    await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({
        email: 'eng-rad@demo.samverkan.se',
        name: 'Rådsledamot Aktiv',
        password: 'long-enough-password',
        roles: ['programme-council'],
      })
      .expect(201);
    await t.dataSource.query(`UPDATE users SET organisation_id = $1 WHERE email = 'eng-rad@demo.samverkan.se'`, [org.active]);
    const proposer = await t.login('eng-rad@demo.samverkan.se', 'long-enough-password');
    const proposal = (
      await t.http
        .post('/api/proposals')
        .set('Authorization', proposer)
        .send({ kind: 'theme', title: 'Kompetens i bruksorten', summary: 'Lärlingar och yrkesskolor.', focusAreaCodes: ['skills'] })
        .expect(201)
    ).body;
    await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', proposer).expect(200);
    await t.http
      .post('/api/proposals')
      .set('Authorization', proposer)
      .send({ kind: 'theme', title: 'Ett utkast', summary: 'Inte inskickat.', focusAreaCodes: ['skills'] })
      .expect(201);

    // An open-call submission naming the by-name member (confirmed), and one left unconfirmed.
    const callConference = await createConference(t, committee, { titleSv: 'Uppropskonferensen' });
    const call = (
      await t.http
        .post(`/api/conferences/${callConference.id}/calls`)
        .set('Authorization', committee)
        .send({
          titleSv: 'Upprop',
          textSv: 'Skicka förslag.',
          opensAt: new Date(Date.now() - DAY).toISOString(),
          closesAt: new Date(Date.now() + DAY).toISOString(),
          focusAreaCodes: ['skills'],
        })
        .expect(201)
    ).body;
    for (const [n, confirm] of [
      [1, true],
      [2, false],
    ] as const) {
      const email = `eng-upprop${n}@namnbruk.se`;
      await t.http
        .post(`/api/calls/${call.id}/submissions`)
        .send({
          name: 'Siv',
          organisationName: 'Östra namnbruks kommun.',
          email,
          title: `Bidrag ${n}`,
          summary: 'Om godstrafiken på räls.',
          focusAreaCodes: ['skills'],
          kind: 'theme',
        })
        .expect((r) => {
          if (r.status !== 202) throw new Error(`submission: ${r.status} ${JSON.stringify(r.body)}`);
        });
      if (!confirm) continue;
      const [mail] = await t.dataSource.query(`SELECT text FROM outbox_messages WHERE "to" = $1`, [email]);
      const token = /\/upprop\/bekrafta\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
      await t.http.post('/api/call-submissions/confirm').send({ token }).expect(200);
    }

    // A committee decision in the conference's year, and one the year before.
    const [chair] = await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [DEMO.committee]);
    for (const [title, at, decision] of [
      ['AU-möte i år', `${recentYear}-03-10T10:00:00+01:00`, 'Årets budget fastställs.'],
      ['AU-möte i fjol', `${recentYear - 1}-03-10T10:00:00+01:00`, 'Fjolårets beslut.'],
    ]) {
      const [meeting] = await t.dataSource.query(`INSERT INTO meetings (title, starts_at, chair_id) VALUES ($1, $2, $3) RETURNING id`, [
        title,
        at,
        chair.id,
      ]);
      await t.dataSource.query(
        `INSERT INTO meeting_items (meeting_id, position, kind, title, decision_text, outcome, decided_at) VALUES ($1, 1, 'standard', 'Budget', $2, NULL, $3)`,
        [meeting.id, decision, at],
      );
      // A decision text that a spreadsheet would read as a formula.
      await t.dataSource.query(
        `INSERT INTO meeting_items (meeting_id, position, kind, title, decision_text, outcome, decided_at) VALUES ($1, 2, 'standard', 'Formel', '=SUMMA(A1:A9)', 'accept', $2)`,
        [meeting.id, at],
      );
    }
    names = [];
  }, 120_000);
  afterAll(() => t.close());

  describe('permissions', () => {
    it.each([
      '/api/engagement/members',
      '/api/engagement/members.csv',
      '/api/engagement/participation.csv',
      '/api/engagement/inactive',
      () => `/api/engagement/members/${org.active}`,
      () => `/api/annual-summary/${recentYear}.pdf`,
      () => `/api/annual-summary/${recentYear}.xlsx`,
    ])('%s: anonymous 401, programme council 403, committee and admin 200 with no-store', async (path) => {
      const url = typeof path === 'function' ? path() : path;
      const anonymous = await t.http.get(url);
      expect(anonymous.status).toBe(401);
      expect((await get(url, council)).body).toMatchObject({ statusCode: 403, code: 'auth.forbidden' });
      for (const bearer of [committee, admin]) {
        const res = await bytes(get(url, bearer));
        expect(res.status).toBe(200);
        expect(res.headers['cache-control']).toMatch(/no-store/);
      }
    });
  });

  it('sums each member: conferences, participants, proposals, call submissions and an anonymous evaluation count', async () => {
    const members = (await get('/api/engagement/members').expect(200)).body as MemberEngagementSummary[];
    const byId = new Map(members.map((m) => [m.organisationId, m]));
    expect(byId.has(org.outsider)).toBe(false);
    expect(byId.get(org.active)).toMatchObject({
      name: 'Aktiva bruks kommun',
      type: 'municipality',
      conferences: 1,
      participants: 3,
      proposals: 1,
      callSubmissions: 0,
      evaluationAnswers: 3,
    });
    expect(byId.get(org.active)?.lastSeenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Matched by normalised name (no organisation id), both the registration and the confirmed submission.
    expect(byId.get(org.byName)).toMatchObject({ conferences: 1, participants: 1, proposals: 0, callSubmissions: 1, evaluationAnswers: 0 });
    // One answer: hidden (null, "<3"), never 1.
    expect(byId.get(org.few)).toMatchObject({ participants: 1, evaluationAnswers: null });
    expect(byId.get(org.never)).toMatchObject({ conferences: 0, participants: 0, lastSeenOn: null, evaluationAnswers: 0 });
  });

  it('shows one member in detail: people per conference with names, focus areas by the attendance rule, contributions', async () => {
    const detail = (await get(`/api/engagement/members/${org.active}`).expect(200)).body as MemberEngagementResponse;
    expect(detail.perConference).toEqual([
      expect.objectContaining({
        conferenceId: recentId,
        title: 'Engagemangskonferensen',
        participants: 3,
        names: ['Annaa1 Testsson', 'Annaa2 Testsson'],
      }),
    ]);
    const areas = Object.fromEntries(detail.focusAreas.map((a) => [a.code, a.participants]));
    // a1 signed up to the infrastructure workshop: counts there only; a2 and a3 get the conference's areas.
    expect(areas).toMatchObject({ infrastructure: 1, skills: 2, cooperation: 2, digitalisation: 0 });
    expect(detail.contributions).toEqual([
      expect.objectContaining({ kind: 'proposal', title: 'Kompetens i bruksorten', state: 'submitted' }),
    ]);

    const byName = (await get(`/api/engagement/members/${org.byName}`, admin).expect(200)).body as MemberEngagementResponse;
    expect(byName.perConference.map((c) => c.conferenceId)).toEqual([oldId]);
    expect(byName.contributions).toEqual([expect.objectContaining({ kind: 'call-submission', title: 'Bidrag 1', state: 'open' })]);

    // Without the right to manage registrations, no names: only counts.
    const withoutNames = await t.app.get(EngagementService).member(org.active, false);
    expect(withoutNames.perConference[0]).toMatchObject({ participants: 3, names: null });
    names.push(...(detail.perConference[0].names ?? []));
  });

  it('answers 404 for an unknown organisation, a non-member and a malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', org.outsider, 'not-a-uuid']) {
      const res = await get(`/api/engagement/members/${id}`).expect(404);
      expect(res.body.code).toMatch(/^(engagement\.member-not-found|request\.not-found)$/);
    }
    expect((await get(`/api/engagement/members/${org.outsider}`).expect(404)).body.code).toBe('engagement.member-not-found');
  });

  it('lists members not seen for two years: the old-only and the never-seen, not the active', async () => {
    const inactive = (await get('/api/engagement/inactive').expect(200)).body as MemberEngagementSummary[];
    const ids = inactive.map((m) => m.organisationId);
    expect(ids).toEqual(expect.arrayContaining([org.byName, org.never]));
    expect(ids).not.toContain(org.active);
    expect(ids).not.toContain(org.few);
    // Never seen first (no date), then the longest unseen.
    expect(ids.indexOf(org.never)).toBeLessThan(ids.indexOf(org.byName));
  });

  it('exports the members as CSV with formulas neutralised and hidden counts as "<3"', async () => {
    const res = await get('/api/engagement/members.csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(res.text.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    const row = (name: string) => rows.find((r) => r['Organisation'].includes(name));
    expect(row('Aktiva bruks')).toMatchObject({ Deltagare: '3', Förslag: '1', Utvärderingssvar: '3', 'Inaktiv (två år)': 'Nej' });
    expect(row('Fåtaliga')).toMatchObject({ Utvärderingssvar: '<3' });
    expect(row('Aldrigsedda')).toMatchObject({ 'Inaktiv (två år)': 'Ja', 'Senast på konferens': '' });
    // Participants per focus area, by the attendance rule (a1 in the infrastructure workshop, a2 and a3 by the conference's areas).
    expect(row('Aktiva bruks')).toMatchObject({
      'Deltagare: En infrastruktur i alla dimensioner': '1',
      'Deltagare: Kompetensförsörjning för konkurrenskraft': '2',
      'Deltagare: En attraktiv livsmiljö': '0',
    });
    const formula = row('HYPERLINK') as Record<string, string>;
    expect(formula['Organisation'].startsWith("'")).toBe(true);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@]/);
  });

  it('exports the participants per member and conference, counts without names', async () => {
    const res = await get('/api/engagement/participation.csv').expect(200);
    expect(res.headers['content-disposition']).toContain('medlemmar-per-konferens.csv');
    const rows = parseCsv(res.text.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((r) => r['Organisation'] === 'Aktiva bruks kommun')).toEqual([
      {
        Organisation: 'Aktiva bruks kommun',
        Konferens: 'Engagemangskonferensen',
        Datum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        Deltagare: '3',
      },
    ]);
    expect(rows.filter((r) => r['Organisation'] === 'Östra Namnbruks kommun').map((r) => r['Konferens'])).toEqual([
      'Den gamla konferensen',
    ]);
    expect(rows.some((r) => r['Organisation'] === 'Ickemedlems kommun')).toBe(false);
    for (const name of names) expect(res.text).not.toContain(name.split(' ')[0]);
    expect(rows.find((r) => r['Organisation'].includes('HYPERLINK'))?.['Organisation'].startsWith("'")).toBe(true);
  });

  it('makes the annual summary as a PDF whose text holds every part', async () => {
    const res = await bytes(get(`/api/annual-summary/${recentYear}.pdf`)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`arssammanstallning-${recentYear}.pdf`);
    const text = await pdfToText(res.body as Buffer);
    expect(text).toContain(`Årssammanställning ${recentYear}`);
    expect(text).toMatch(/Engagemangskonferensen: 6 deltagare/);
    expect(text).toContain('Deltagare per organisationstyp');
    expect(text).toMatch(/Kommun: \d+/);
    expect(text).toContain(`jämfört med ${recentYear - 1}`);
    expect(text).toMatch(/1\. God samverkan mellan näringsliv, kommun, region och stat: \d+ önskemål/);
    expect(text).toContain('Årets budget fastställs.');
    expect(text).not.toContain('Fjolårets beslut.');
    for (const name of names) expect(text).not.toContain(name);
  });

  it('makes the annual summary as a workbook that reads back', async () => {
    const res = await bytes(get(`/api/annual-summary/${recentYear}.xlsx`)).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Konferenser', 'Deltagare', 'Täckning', 'Önskemål', 'Beslut']);
    const values = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(values('Konferenser')).toEqual(expect.arrayContaining([expect.arrayContaining(['Engagemangskonferensen', 'Samverkan', 6])]));
    const kommun = values('Deltagare').find((r) => r[0] === 'Kommun') as number[];
    expect(kommun[1]).toBeGreaterThanOrEqual(6);
    expect(values('Täckning')).toHaveLength(7);
    expect(values('Önskemål')).toEqual(expect.arrayContaining([expect.arrayContaining([expect.any(String), expect.any(Number)])]));
    const decisions = values('Beslut');
    expect(decisions[0]).toEqual(['Datum', 'Möte', 'Ärende', 'Beslut', 'Utfall']);
    expect(decisions).toContainEqual([`${recentYear}-03-10`, 'AU-möte i år', 'Budget', 'Årets budget fastställs.', '']);
    expect(decisions.flat()).not.toContain('Fjolårets beslut.');
    expect(decisions).toContainEqual([`${recentYear}-03-10`, 'AU-möte i år', 'Formel', "'=SUMMA(A1:A9)", 'Bifall']);
    for (const cell of decisions.flat()) expect(String(cell)).not.toMatch(/^[=+@]/);
    for (const row of decisions.slice(1)) expect(String(row[0]).startsWith(String(recentYear))).toBe(true);
  });

  it('refuses a year out of range or not a year with 400 and a code, in both formats', async () => {
    const next = new Date().getUTCFullYear() + 2;
    for (const path of [
      '/api/annual-summary/1999.pdf',
      `/api/annual-summary/${next}.xlsx`,
      '/api/annual-summary/20x4.pdf',
      '/api/annual-summary/02025.xlsx',
    ]) {
      const res = await get(path).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'engagement.year-invalid', message: expect.stringContaining('2000') });
    }
  });
  it('loads the members in the same number of queries however many members, conferences and participants', async () => {
    t.queries.reset();
    await get('/api/engagement/members').expect(200);
    const few = t.queries.queries;
    const extra = await organisation('Extra bruks kommun');
    await organisation('Ännu en bruks kommun');
    const more = await createConference(t, committee, { titleSv: 'Ytterligare en konferens', capacity: 10 });
    for (const n of ['q1', 'q2', 'q3'])
      await register(more.id, `eng-${n}`, { organisationId: extra, organisationName: 'Extra bruks kommun' });
    t.queries.reset();
    const members = (await get('/api/engagement/members').expect(200)).body as MemberEngagementSummary[];
    expect(members.find((m) => m.organisationId === extra)).toMatchObject({ conferences: 1, participants: 3 });
    expect(t.queries.queries).toBe(few);
    // Six for the figures, one for the guard's session check.
    expect(few).toBeLessThanOrEqual(7);
  });
});
