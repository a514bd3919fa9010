import { FOCUS_AREA_CODES, type FocusAreaResponse } from '@samverkan/strategy/contract';
import { parse } from 'csv-parse/sync';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { FeeQuoteResponse, QuestionResponse } from '@samverkan/registrations/contract';
import { seedBase, seedDemo } from '../src/database/seeds';
import { DEMO_REGISTRATION_CONFERENCE_TITLE, seedDemoRegistrationConference } from '../src/database/demo-registration-conference';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the database up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('lists the six focus areas of the current strategy in order, in Swedish and English', async () => {
    const res = await t.http.get('/api/focus-areas').expect(200);
    const areas = res.body as FocusAreaResponse[];
    expect(areas.map((a) => a.code)).toEqual([...FOCUS_AREA_CODES]);
    expect(areas.find((a) => a.code === 'green-transition')).toMatchObject({
      titleSv: 'En grön omställning',
      titleEn: 'A green transition',
    });
    expect(areas.find((a) => a.code === 'cooperation')?.titleSv).toBe('God samverkan mellan näringsliv, kommun, region och stat');
    for (const area of areas) {
      expect(area.descriptionSv.length).toBeGreaterThan(40);
      expect(area.descriptionEn.length).toBeGreaterThan(40);
    }
  });

  it('seeds idempotently: a second start adds no focus areas or users', async () => {
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM focus_areas)::int AS f, (SELECT count(*) FROM users)::int AS u, (SELECT count(*) FROM strategies)::int AS s`,
    );
    await seedBase(t.dataSource);
    await seedDemo(t.dataSource);
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM focus_areas)::int AS f, (SELECT count(*) FROM users)::int AS u, (SELECT count(*) FROM strategies)::int AS s`,
    );
    expect(after).toEqual(before);
    // The current strategy and, without text, the two versions before it (2016, 2020).
    expect(before[0]).toEqual({ f: 6, u: 4, s: 3 });
  });

  it('seeds the registration demo conference once: own questions, a fee and a group of three through the group service', async () => {
    const upcoming = (await t.http.get('/api/conferences?when=upcoming').expect(200)).body as ConferenceResponse[];
    const demo = upcoming.find((c) => c.titleSv === DEMO_REGISTRATION_CONFERENCE_TITLE);
    expect(demo).toMatchObject({ status: 'published', registrationOpen: true, capacity: 120, seatsLeft: 117 });
    const id = demo?.id as string;

    const questions = (await t.http.get(`/api/conferences/${id}/questions`).expect(200)).body as QuestionResponse[];
    expect(questions.map((q) => [q.kind, q.labelSv, q.required])).toEqual([
      ['choice', 'Vilken workshop vill du gå på?', true],
      ['yes-no', 'Deltar du i middagen?', true],
      ['long-text', 'Vad vill du att konferensen tar upp?', false],
    ]);
    expect(questions[0].options).toHaveLength(3);

    const [olofstrom] = await t.dataSource.query(`SELECT id FROM organisations WHERE name = 'Olofströms kommun'`);
    const quote = async (query: string) =>
      (await t.http.get(`/api/conferences/${id}/fees/quote?${query}`).expect(200)).body as FeeQuoteResponse;
    expect(await quote(`organisationType=municipality&organisationId=${olofstrom.id}`)).toMatchObject({
      member: true,
      feeApplies: true,
      exVatOre: 90_000,
      vatOre: 22_500,
      totalOre: 112_500,
    });
    expect(await quote('organisationType=municipality')).toMatchObject({ member: false, exVatOre: 150_000 });
    expect(await quote('organisationType=business')).toMatchObject({ exVatOre: 250_000 });
    expect(await quote('organisationType=region')).toMatchObject({ feeApplies: false, totalOre: 0 });

    const members: { email: string; status: string; position: number; answers: number; organisation: string }[] = await t.dataSource.query(
      `SELECT r.email, r.status, m.position, r.organisation_name AS organisation,
              (SELECT count(*)::int FROM registration_answers a WHERE a.registration_id = r.id) AS answers
         FROM registration_groups g
         JOIN registration_group_members m ON m.group_id = g.id
         JOIN registrations r ON r.id = m.registration_id
        WHERE g.conference_id = $1 ORDER BY m.position`,
      [id],
    );
    expect(members).toEqual([
      {
        email: 'maria.lindqvist@olofstrom.demo.samverkan.se',
        status: 'confirmed',
        position: 1,
        answers: 3,
        organisation: 'Olofströms kommun',
      },
      { email: 'johan.berg@olofstrom.demo.samverkan.se', status: 'confirmed', position: 2, answers: 2, organisation: 'Olofströms kommun' },
      {
        email: 'aisha.haddad@olofstrom.demo.samverkan.se',
        status: 'confirmed',
        position: 3,
        answers: 2,
        organisation: 'Olofströms kommun',
      },
    ]);
    const csv = await t.http
      .get(`/api/conferences/${id}/invoice-basis.csv`)
      .set('Authorization', await t.login(DEMO.committee))
      .expect(200);
    const lines = (parse(csv.text, { bom: true }) as string[][]).slice(1);
    const people = lines.filter((line) => line[0] === 'Olofströms kommun');
    expect(people.map((line) => [line[1], line[7], line[9]])).toEqual([
      ['212000-0142', 'johan.berg@olofstrom.demo.samverkan.se', '900.00'],
      ['212000-0142', 'aisha.haddad@olofstrom.demo.samverkan.se', '900.00'],
      ['212000-0142', 'maria.lindqvist@olofstrom.demo.samverkan.se', '900.00'],
    ]);
    expect(
      lines
        .at(-1)
        ?.slice(0, 1)
        .concat(lines.at(-1)?.[9] ?? ''),
    ).toEqual(['Totalt', '2700.00']);
    const [mails] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE "to" LIKE '%@olofstrom.demo.samverkan.se'`,
    );
    expect(mails.n).toBe(4);

    const before = await rowCounts(t.dataSource);
    await seedDemoRegistrationConference(t.app);
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('has no schema drift between entities and migrations', async () => {
    const { upQueries } = await t.dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('answers unknown API routes with a JSON 404 in the contract shape', async () => {
    const res = await t.http.get('/api/does-not-exist').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'request.not-found', message: 'Det du söker finns inte.' });
    const english = await t.http.get('/api/does-not-exist').set('Accept-Language', 'en-GB,en;q=0.8').expect(404);
    expect(english.body).toEqual({ statusCode: 404, code: 'request.not-found', message: 'What you are looking for does not exist.' });
    const byCookie = await t.http.get('/api/does-not-exist').set('Accept-Language', 'sv').set('Cookie', 'lang=en').expect(404);
    expect(byCookie.body.message).toBe('What you are looking for does not exist.');
  });

  it('answers malformed JSON with 400 and a readable message, never 500', async () => {
    const res = await t.http.post('/api/auth/login').set('content-type', 'application/json').send('{"email": ').expect(400);
    expect(res.body).toEqual({
      statusCode: 400,
      code: 'request.invalid-json',
      message: 'Innehållet kunde inte läsas. Skicka giltig JSON.',
    });
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'a@b.se', password: 'x'.repeat(2_000_000) });
    expect(res.status).toBe(413);
    expect(res.body.statusCode).toBe(413);
  });

  it('sends security headers and a request id', async () => {
    const res = await t.http.get('/api/health').set('X-Request-Id', 'trace-123');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toBe('trace-123');
  });

  it('compresses answers over 1 kB for clients that take gzip', async () => {
    const zipped = await t.http.get('/api/focus-areas').set('Accept-Encoding', 'gzip').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body).toHaveLength(6);
    const plain = await t.http.get('/api/focus-areas').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('has CORS off: another site gets no permission to read answers, not even after a preflight', async () => {
    const res = await t.http.get('/api/conferences').set('Origin', 'https://evil.example');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('publishes an OpenAPI 3 document that describes every route', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/auth/me',
        '/api/focus-areas',
        '/api/users',
        '/api/organisations',
      ]),
    );
    expect(res.body.components.schemas.LoginDto.properties).toHaveProperty('email');
    await t.http.get('/api/docs').expect(200).expect('content-type', /html/);
  });
});
