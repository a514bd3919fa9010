import type { MeetingResponse } from '@samverkan/committee/contract';
import { conferenceBody, createConference, registrationBody } from './support/factories';
import { createTestApp, dataTables, DEMO, type TestApp } from './support/test-app';

/**
 * Input an outside probe showed the API accepted (issue 12): control characters in one-line text,
 * e-mail addresses that differ only in case or Unicode form, date-times without an offset, and null
 * for required fields in PATCH. Each answer is a 400 naming the field, and nothing is written.
 */

interface Schema {
  type?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
}

const SINGLE_LINE_BAD = [
  'Rad ett\r\nBcc: v@evil.example',
  'Rad ett\nrad två',
  'Tab\tinne',
  'Noll\u0000byte',
  'NEL\u0085rad',
  'Rad\u2028rad',
  'Stycke\u2029ny',
  'Fake\u202Egnp.exe',
  'Isolat\u2066x\u2069',
];

describe('security: input validation', () => {
  let t: TestApp;
  let admin: string;
  let committee: string;
  let council: string;
  let ids: Record<'admin' | 'committee' | 'council', string>;
  let countSql: string;
  let checksumSql: string;

  /** Row counts of every table. */
  const counts = async (): Promise<Record<string, number>> =>
    Object.fromEntries(((await t.dataSource.query(countSql)) as { t: string; n: number }[]).map((r) => [r.t, r.n]));
  /** A checksum of every row of every table a PATCH could touch (sessions and login attempts change on their own). */
  const checksums = async (): Promise<Record<string, string>> =>
    Object.fromEntries(((await t.dataSource.query(checksumSql)) as { t: string; s: string }[]).map((r) => [r.t, r.s]));

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_SUBJECT: '10000', RATE_LIMIT_PER_ADDRESS: '1000000' });
    admin = await t.login(DEMO.admin);
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    const me = async (b: string) => (await t.http.get('/api/auth/me').set('Authorization', b)).body.id as string;
    ids = { admin: await me(admin), committee: await me(committee), council: await me(council) };
    const tables = await dataTables(t.dataSource);
    countSql = tables.map((name) => `SELECT '${name}' AS t, count(*)::int AS n FROM "${name}"`).join(' UNION ALL ');
    checksumSql = tables
      .filter((name) => !['sessions', 'login_attempts', 'migrations'].includes(name))
      .map((name) => `SELECT '${name}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS s FROM "${name}" x`)
      .join(' UNION ALL ');
  });
  afterAll(() => t?.close());

  describe('control characters in text', () => {
    it('refuses line breaks and other control characters in every one-line field, and writes nothing', async () => {
      const conference = await createConference(t, committee);
      const before = await counts();
      const cases: Array<[string, string, string, (bad: string) => object]> = [
        [committee, 'POST', '/api/conferences', (bad) => conferenceBody({ titleSv: bad })],
        [committee, 'POST', '/api/conferences', (bad) => conferenceBody({ venue: bad })],
        [committee, 'POST', `/api/conferences/${conference.id}/rooms`, (bad) => ({ name: bad, capacity: 10 })],
        [committee, 'POST', `/api/conferences/${conference.id}/agenda/items`, (bad) => ({ titleSv: bad, type: 'seminar' })],
        [committee, 'POST', '/api/speakers', (bad) => ({ name: bad })],
        [committee, 'POST', '/api/speakers', (bad) => ({ name: 'Anna Berg', organisation: bad })],
        [committee, 'POST', '/api/meetings', (bad) => ({ title: bad, startsAt: '2031-02-10T13:00:00+01:00', participantIds: [] })],
        [
          council,
          'POST',
          '/api/proposals',
          (bad) => ({ kind: 'theme', title: bad, summary: 'En sammanfattning av förslaget.', focusAreaCodes: ['skills'] }),
        ],
        [admin, 'POST', '/api/organisations', (bad) => ({ name: bad, type: 'municipality' })],
        [admin, 'POST', '/api/users', (bad) => ({ email: 'ny.person@example.se', name: bad, roles: [], password: 'ett-långt-lösenord-1' })],
        ['', 'POST', `/api/conferences/${conference.id}/registrations`, (bad) => registrationBody('ctl', { firstName: bad })],
        ['', 'POST', `/api/conferences/${conference.id}/registrations`, (bad) => registrationBody('ctl', { organisationName: bad })],
      ];
      for (const [who, , path, body] of cases) {
        for (const bad of SINGLE_LINE_BAD) {
          const sent = body(bad) as Record<string, unknown>;
          const field = Object.keys(sent).find((k) => JSON.stringify(sent[k]).includes(JSON.stringify(bad).slice(1, -1))) as string;
          let req = t.http.post(path).send(sent);
          if (who) req = req.set('Authorization', who);
          const res = await req;
          expect({ path, bad, status: res.status }).toEqual({ path, bad, status: 400 });
          const code = Object.entries(res.body.errors as Record<string, string>).find(
            ([k]) => k === field || k.startsWith(`${field}.`),
          )?.[1];
          expect({ path, bad, code }).toEqual({ path, bad, code: 'singleLine' });
        }
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses control characters in search strings', async () => {
      const conference = await createConference(t, committee);
      for (const bad of ['a\r\nb', 'a\u0000b', 'a\u202Eb']) {
        const q = encodeURIComponent(bad);
        const res = await t.http
          .get(`/api/conferences/${conference.id}/registrations?search=${q}`)
          .set('Authorization', committee)
          .expect(400);
        expect(res.body.errors).toEqual({ search: 'singleLine' });
        await t.http.get(`/api/proposals?search=${q}`).set('Authorization', council).expect(400);
        await t.http.get(`/api/organisations?search=${q}`).set('Authorization', admin).expect(400);
      }
      expect(
        (
          await t.http
            .get(`/api/organisations?search=${encodeURIComponent('Finspång')}`)
            .set('Authorization', admin)
            .expect(200)
        ).body,
      ).toBeDefined();
    });

    it('keeps line breaks and tabs in multi-line fields (CRLF becomes LF) and refuses other control characters there', async () => {
      const created = await t.http
        .post('/api/conferences')
        .set('Authorization', committee)
        .send(conferenceBody({ descriptionSv: 'Första raden\r\nAndra raden\n\tindrag' }))
        .expect(201);
      expect(created.body.descriptionSv).toBe('Första raden\nAndra raden\n\tindrag');
      for (const bad of ['Text\u0000noll', 'Text\u001bescape', 'Fake\u202Egnp', 'Rad\u2028rad', 'Ensam\rCR']) {
        const res = await t.http
          .patch(`/api/conferences/${created.body.id}`)
          .set('Authorization', committee)
          .send({ descriptionSv: bad })
          .expect(400);
        expect(res.body.errors).toEqual({ descriptionSv: 'multiLine' });
        expect(res.body.message).toMatch(/styrtecken/);
      }
    });
  });

  describe('e-mail addresses', () => {
    it('refuses an address with CRLF in a quoted local part, and a name with CRLF, writing no row', async () => {
      const conference = await createConference(t, committee);
      const before = await counts();
      const crlf = await t.http
        .post(`/api/conferences/${conference.id}/registrations`)
        .send(registrationBody('x', { email: '"x\r\nBcc: v@evil.example"@probe.example' }))
        .expect(400);
      expect(crlf.body.errors.email).toBeDefined();
      await t.http
        .post(`/api/conferences/${conference.id}/registrations`)
        .send(registrationBody('y', { lastName: 'Testsson\r\nBcc: v@evil.example' }))
        .expect(400);
      await t.http
        .post('/api/users')
        .set('Authorization', admin)
        .send({ email: '"a\r\nb"@probe.example', name: 'Kalle', roles: [], password: 'ett-långt-lösenord-1' })
        .expect(400);
      await t.http.post('/api/auth/password-reset').send({ email: '"a\nb"@probe.example' }).expect(400);
      expect(await counts()).toEqual(before);
      expect(await t.dataSource.query(`SELECT 1 FROM registrations WHERE email LIKE '%evil%'`)).toEqual([]);
    });

    it('stores addresses lower-case in NFC, so case and Unicode form variants are one address (409)', async () => {
      const conference = await createConference(t, committee);
      const url = `/api/conferences/${conference.id}/registrations`;
      const first = await t.http
        .post(url)
        .send(registrationBody(1, { email: '  Anna@Example.se ' }))
        .expect(201);
      const again = await t.http
        .post(url)
        .send(registrationBody(2, { email: 'anna@example.se' }))
        .expect(409);
      expect(again.body.errors).toEqual({ email: 'alreadyRegistered' });
      expect((await t.http.get(`/api/registrations/${first.body.manageToken}`).expect(200)).body.email).toBe('anna@example.se');

      // "å" as one code point (U+00E5) and as "a" + combining ring (U+0061 U+030A).
      const composed = await t.http
        .post(url)
        .send(registrationBody(3, { email: 'Åsa.Ström@Example.se' }))
        .expect(201);
      await t.http
        .post(url)
        .send(registrationBody(4, { email: 'A\u030asa.Stro\u0308m@example.se' }))
        .expect(409);
      const stored: { email: string }[] = await t.dataSource.query(`SELECT email FROM registrations WHERE id = $1`, [composed.body.id]);
      expect(stored[0].email).toBe('åsa.ström@example.se');
      expect(stored[0].email).toBe(stored[0].email.normalize('NFC'));

      // Decomposed first, composed second: the same.
      await t.http
        .post(url)
        .send(registrationBody(5, { email: 'ma\u030ans@example.se' }))
        .expect(201);
      await t.http
        .post(url)
        .send(registrationBody(6, { email: 'MÅNS@EXAMPLE.SE' }))
        .expect(409);
    });

    it('normalises user addresses the same way (duplicate user and login)', async () => {
      const body = { name: 'Örjan Åberg', roles: ['programme-council'], password: 'ett-långt-lösenord-1' };
      const created = await t.http
        .post('/api/users')
        .set('Authorization', admin)
        .send({ ...body, email: 'O\u0308rjan@Example.se' })
        .expect(201);
      expect(created.body.email).toBe('örjan@example.se');
      await t.http
        .post('/api/users')
        .set('Authorization', admin)
        .send({ ...body, email: 'ÖRJAN@example.se' })
        .expect(409);
      await t.http.post('/api/auth/login').send({ email: 'Örjan@EXAMPLE.se', password: body.password }).expect(200);
      await t.http.post('/api/auth/login').send({ email: 'O\u0308RJAN@example.se', password: body.password }).expect(200);
    });
  });

  describe('date-times', () => {
    const noOffset = [
      '2027-03-28T02:30:00',
      '2027-03-28',
      '2027-03-28T10:00',
      '2027-13-01T10:00:00+01:00',
      '2027-03-28T24:61:00+01:00',
      '2027-02-29T10:00:00+01:00',
      '2027-03-28T10:00:00+25:00',
      '2027-03-28 10:00:00+01:00',
    ];

    it('refuses date-times without an offset, date-only values and impossible values for conferences', async () => {
      const before = await counts();
      for (const bad of noOffset) {
        const res = await t.http
          .post('/api/conferences')
          .set('Authorization', committee)
          .send(conferenceBody({ startsAt: bad }))
          .expect(400);
        expect(res.body.errors).toEqual({ startsAt: 'isDateTime' });
        const closes = await t.http
          .post('/api/conferences')
          .set('Authorization', committee)
          .send(conferenceBody({ registrationClosesAt: bad }))
          .expect(400);
        expect(closes.body.errors).toEqual({ registrationClosesAt: 'isDateTime' });
      }
      expect(await counts()).toEqual(before);
      const ok = await t.http
        .post('/api/conferences')
        .set('Authorization', committee)
        .send(conferenceBody({ startsAt: '2027-03-28T02:30:00+01:00', endsAt: '2027-03-29T16:00:00+02:00' }))
        .expect(201);
      expect(new Date(ok.body.startsAt).toISOString()).toBe('2027-03-28T01:30:00.000Z');
      for (const bad of noOffset) {
        await t.http.patch(`/api/conferences/${ok.body.id}`).set('Authorization', committee).send({ endsAt: bad }).expect(400);
      }
    });

    it('refuses them for agenda items', async () => {
      const conference = await createConference(t, committee, {
        startsAt: '2027-03-27T09:00:00+01:00',
        endsAt: '2027-03-28T16:00:00+02:00',
      });
      const url = `/api/conferences/${conference.id}/agenda/items`;
      for (const bad of noOffset) {
        const res = await t.http
          .post(url)
          .set('Authorization', committee)
          .send({ titleSv: 'Pass', type: 'seminar', startsAt: bad })
          .expect(400);
        expect(res.body.errors).toEqual({ startsAt: 'isDateTime' });
      }
      const item = await t.http
        .post(url)
        .set('Authorization', committee)
        .send({ titleSv: 'Pass', type: 'seminar', startsAt: '2027-03-28T02:30:00+01:00', endsAt: '2027-03-28T04:00:00+02:00' })
        .expect(201);
      expect(new Date(item.body.startsAt).toISOString()).toBe('2027-03-28T01:30:00.000Z');
      for (const bad of noOffset) {
        const res = await t.http
          .patch(`/api/agenda-items/${item.body.id}`)
          .set('Authorization', committee)
          .send({ version: item.body.version, endsAt: bad })
          .expect(400);
        expect(res.body.errors).toEqual({ endsAt: 'isDateTime' });
      }
    });

    it('refuses them for meetings, and date-only due dates must be real dates', async () => {
      for (const bad of noOffset) {
        const res = await t.http
          .post('/api/meetings')
          .set('Authorization', committee)
          .send({ title: 'AU-möte', startsAt: bad, participantIds: [] })
          .expect(400);
        expect(res.body.errors).toEqual({ startsAt: 'isDateTime' });
      }
      const meeting = (
        await t.http
          .post('/api/meetings')
          .set('Authorization', committee)
          .send({ title: 'AU-möte', startsAt: '2027-03-28T02:30:00+01:00', participantIds: [] })
          .expect(201)
      ).body as MeetingResponse;
      expect(new Date(meeting.startsAt).toISOString()).toBe('2027-03-28T01:30:00.000Z');
      for (const bad of noOffset) {
        await t.http.patch(`/api/meetings/${meeting.id}`).set('Authorization', committee).send({ startsAt: bad }).expect(400);
        await t.http.patch(`/api/meetings/${meeting.id}`).set('Authorization', committee).send({ endsAt: bad }).expect(400);
      }
      const other = meeting.items.find((i) => i.title === 'Övriga frågor');
      for (const dueDate of ['2027-02-29', '2027-05-01T10:00:00+02:00', '2027-5-1', '2027-05-32']) {
        const res = await t.http
          .post(`/api/meetings/${meeting.id}/items/${other?.id}/decision`)
          .set('Authorization', committee)
          .send({ decisionText: 'Utreda', actionItems: [{ title: 'Hitta lokal', ownerId: ids.committee, dueDate }] })
          .expect(400);
        expect(res.body.errors).toEqual({ 'actionItems.0.dueDate': 'isCalendarDate' });
      }
    });
  });

  describe('null in PATCH and PUT', () => {
    it('refuses null for every field the OpenAPI document does not call nullable, on every PATCH and PUT route, and changes nothing', async () => {
      // One real object behind every route.
      const conference = await createConference(t, committee);
      const theme = (
        await t.http
          .post(`/api/conferences/${conference.id}/themes`)
          .set('Authorization', committee)
          .send({ titleSv: 'Ett tema', focusAreaCodes: ['skills'] })
          .expect(201)
      ).body;
      const room = (
        await t.http
          .post(`/api/conferences/${conference.id}/rooms`)
          .set('Authorization', committee)
          .send({ name: 'Sal', capacity: 10 })
          .expect(201)
      ).body;
      const item = (
        await t.http
          .post(`/api/conferences/${conference.id}/agenda/items`)
          .set('Authorization', committee)
          .send({ titleSv: 'Pass', type: 'seminar', startsAt: conference.startsAt, endsAt: conference.endsAt })
          .expect(201)
      ).body;
      const meeting = (
        await t.http
          .post('/api/meetings')
          .set('Authorization', committee)
          .send({ title: 'AU-möte', startsAt: '2031-02-10T13:00:00+01:00', participantIds: [ids.admin] })
          .expect(201)
      ).body as MeetingResponse;
      const other = meeting.items.find((i) => i.title === 'Övriga frågor');
      await t.http
        .post(`/api/meetings/${meeting.id}/items/${other?.id}/decision`)
        .set('Authorization', committee)
        .send({ decisionText: 'Utreda', actionItems: [{ title: 'Nullprovets uppgift', ownerId: ids.committee }] })
        .expect(200);
      const action = (await t.http.get('/api/action-items?status=open').set('Authorization', committee).expect(200)).body.find(
        (a: { title: string }) => a.title === 'Nullprovets uppgift',
      );
      const proposal = (
        await t.http
          .post('/api/proposals')
          .set('Authorization', admin)
          .send({ kind: 'theme', title: 'Ett förslag', summary: 'En sammanfattning av förslaget.', focusAreaCodes: ['skills'] })
          .expect(201)
      ).body;
      await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', admin).expect(200);
      const user = (
        await t.http
          .post('/api/users')
          .set('Authorization', admin)
          .send({ email: 'null.prov@example.se', name: 'Null Prov', roles: [], password: 'ett-långt-lösenord-1' })
          .expect(201)
      ).body;
      const organisation = (
        await t.http
          .post('/api/organisations')
          .set('Authorization', admin)
          .send({ name: 'Nollby kommun', type: 'municipality' })
          .expect(201)
      ).body;
      const registration = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('null')).expect(201))
        .body;
      const call = (
        await t.http
          .post(`/api/conferences/${conference.id}/calls`)
          .set('Authorization', committee)
          .send({
            titleSv: 'Nollupprop',
            textSv: 'Skicka förslag hit.',
            opensAt: conference.startsAt,
            closesAt: conference.endsAt,
            focusAreaCodes: ['skills'],
          })
          .expect(201)
      ).body;

      // `item`: a list body (the whole list is sent), each field of its one item set to null in turn.
      const speaker = (await t.http.post('/api/speakers').set('Authorization', committee).send({ name: 'Null Testare' }).expect(201)).body;
      const strategyDraft = (await t.http.post('/api/strategies').set('Authorization', committee).send({ version: 'nolltest' }).expect(201))
        .body;
      const routes: Record<string, { path: string; auth: string; extra?: Record<string, unknown>; item?: Record<string, unknown> }> = {
        'PATCH /api/conferences/{id}': { path: `/api/conferences/${conference.id}`, auth: committee },
        'PATCH /api/conferences/{id}/themes/{themeId}': { path: `/api/conferences/${conference.id}/themes/${theme.id}`, auth: committee },
        'PATCH /api/conferences/{id}/rooms/{roomId}': { path: `/api/conferences/${conference.id}/rooms/${room.id}`, auth: committee },
        'PATCH /api/agenda-items/{itemId}': { path: `/api/agenda-items/${item.id}`, auth: committee, extra: { version: item.version } },
        'PATCH /api/meetings/{id}': { path: `/api/meetings/${meeting.id}`, auth: committee },
        'PATCH /api/speakers/{id}': { path: `/api/speakers/${speaker.id}`, auth: committee },
        'PUT /api/meetings/{id}/items/order': { path: `/api/meetings/${meeting.id}/items/order`, auth: committee },
        'PUT /api/meetings/{id}/attendance': { path: `/api/meetings/${meeting.id}/attendance`, auth: committee },
        'PUT /api/conferences/{id}/reminders': { path: `/api/conferences/${conference.id}/reminders`, auth: committee },
        'PATCH /api/action-items/{id}': { path: `/api/action-items/${action.id}`, auth: committee },
        'PATCH /api/proposals/{id}': { path: `/api/proposals/${proposal.id}`, auth: admin },
        'PUT /api/proposals/{id}/reviews/mine': { path: `/api/proposals/${proposal.id}/reviews/mine`, auth: council },
        'PATCH /api/users/{id}': { path: `/api/users/${user.id}`, auth: admin },
        'PATCH /api/organisations/{id}': { path: `/api/organisations/${organisation.id}`, auth: admin },
        'PATCH /api/registrations/{token}': { path: `/api/registrations/${registration.manageToken}`, auth: '' },
        'PUT /api/registrations/{token}/evaluation': {
          path: `/api/registrations/${registration.manageToken}/evaluation`,
          auth: '',
          extra: { overall: 3 },
        },
        'PUT /api/conferences/{id}/evaluation/settings': { path: `/api/conferences/${conference.id}/evaluation/settings`, auth: committee },
        'PUT /api/conferences/{id}/check-ins/{registrationId}': {
          path: `/api/conferences/${conference.id}/check-ins/${registration.id}`,
          auth: committee,
        },
        'PUT /api/conferences/{id}/fees': { path: `/api/conferences/${conference.id}/fees`, auth: committee },
        'PUT /api/conferences/{id}/questions': {
          path: `/api/conferences/${conference.id}/questions`,
          auth: committee,
          item: { kind: 'text', labelSv: 'Avdelning', required: false },
        },
        'PATCH /api/calls/{callId}': { path: `/api/calls/${call.id}`, auth: committee },
        'PUT /api/strategies/{id}/content': { path: `/api/strategies/${strategyDraft.id}/content`, auth: committee },
        'PUT /api/strategies/{id}/mapping': { path: `/api/strategies/${strategyDraft.id}/mapping`, auth: committee },
        'PATCH /api/conferences/{id}/registrations/{registrationId}/check-in': {
          path: `/api/conferences/${conference.id}/registrations/${registration.id}/check-in`,
          auth: committee,
        },
      };

      const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
        components: { schemas: Record<string, Schema> };
      };
      const resolve = (schema: Schema | undefined): Schema => {
        if (!schema) return {};
        if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').at(-1) as string]);
        if (schema.allOf) return { properties: Object.assign({}, ...schema.allOf.map((s) => resolve(s).properties ?? {})) };
        return schema;
      };
      const listItem = (schema: Schema): Schema & { list?: boolean } =>
        schema.type === 'array' ? { ...resolve(schema.items), list: true } : schema;
      const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([method]) => method === 'patch' || method === 'put')
          .map(([method, op]) => ({
            key: `${method.toUpperCase()} ${path}`,
            schema: listItem(resolve(op.requestBody?.content?.['application/json']?.schema)),
          })),
      );
      // A new PATCH or PUT route needs its row above.
      expect(operations.map((o) => o.key).sort()).toEqual(Object.keys(routes).sort());

      const before = await checksums();
      const failures: string[] = [];
      let tried = 0;
      for (const { key, schema } of operations) {
        const route = routes[key];
        for (const [field, property] of Object.entries(schema.properties ?? {})) {
          if (resolve(property).nullable || property.nullable) continue;
          tried++;
          const body = schema.list ? [{ ...route.item, [field]: null }] : { ...route.extra, [field]: null };
          const errorKey = schema.list ? `0.${field}` : field;
          let req = t.http[key.startsWith('PUT') ? 'put' : 'patch'](route.path).send(body);
          if (route.auth) req = req.set('Authorization', route.auth);
          const res = await req;
          if (res.status !== 400 || !res.body.errors?.[errorKey])
            failures.push(`${key} ${field}: null → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        }
      }
      expect(failures).toEqual([]);
      expect(tried).toBeGreaterThan(40);
      expect(await checksums()).toEqual(before);
      expect((await t.http.get(`/api/conferences/${conference.id}`).set('Authorization', committee).expect(200)).body.startsAt).toBe(
        conference.startsAt,
      );
    });

    it('keeps genuinely nullable fields nullable', async () => {
      const conference = await createConference(t, committee, { venue: 'Stadshuset' });
      const res = await t.http
        .patch(`/api/conferences/${conference.id}`)
        .set('Authorization', committee)
        .send({ venue: null, registrationClosesAt: null })
        .expect(200);
      expect(res.body.venue).toBeNull();
      const meeting = (
        await t.http
          .post('/api/meetings')
          .set('Authorization', committee)
          .send({ title: 'AU-möte', startsAt: '2031-02-10T13:00:00+01:00', videoLink: 'https://meet.example/abc', participantIds: [] })
          .expect(201)
      ).body as MeetingResponse;
      const patched = await t.http
        .patch(`/api/meetings/${meeting.id}`)
        .set('Authorization', committee)
        .send({ videoLink: null, endsAt: null })
        .expect(200);
      expect(patched.body.videoLink).toBeNull();
    });
  });
});
