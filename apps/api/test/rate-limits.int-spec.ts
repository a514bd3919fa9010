import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

describe('rate limits on public writes', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_SUBJECT: '3', RATE_LIMIT_PER_ADDRESS: '40' });
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  it('limits one e-mail at one conference, not the others behind the same address', async () => {
    const conference = await createConference(t, committee, { capacity: 100 });
    const body = registrationBody('limited');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.http.post(`/api/conferences/${conference.id}/registrations`).send(body)).status);
    expect(statuses).toEqual([201, 409, 409, 429]);
    const refused = await t.http.post(`/api/conferences/${conference.id}/registrations`).send({ ...body, email: body.email.toUpperCase() });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, message: 'För många förfrågningar. Vänta en stund och försök igen.' });
    // Look-alike spellings (fullwidth letters, the long s) are the same subject.
    const fullwidth = body.email.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const email of [fullwidth, body.email.replace(/s/g, 'ſ')]) {
      expect((await t.http.post(`/api/conferences/${conference.id}/registrations`).send({ ...body, email })).status).toBe(429);
    }
    // Someone else from the same address is not affected, and nothing was written by the refused calls.
    await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('colleague')).expect(201);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM registrations WHERE conference_id = $1`, [conference.id]);
    expect(n).toBe(2);
  });

  it('limits writes through one manage link', async () => {
    const conference = await createConference(t, committee, { capacity: 100 });
    const { manageToken } = (
      await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('link')).expect(201)
    ).body;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.http.patch(`/api/registrations/${manageToken}`).send({ language: 'en' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Reading is not limited.
    await t.http.get(`/api/registrations/${manageToken}`).expect(200);
  });

  it('counts in the database, so a client spread over two processes is refused at the configured number', async () => {
    const two = await createTestApp({ RATE_LIMIT_PER_SUBJECT: '3', RATE_LIMIT_PER_ADDRESS: '40' }, {}, { keepData: true });
    try {
      const email = 'spridd.klient@example.se';
      const statuses: number[] = [];
      for (const app of [t, two, t, two, t]) statuses.push((await app.http.post('/api/auth/password-reset').send({ email })).status);
      expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
      expect(statuses.slice(3)).toEqual([429, 429]);
      // The counters hold hashes, never the address.
      const rows: { key: string }[] = await t.dataSource.query(`SELECT key FROM rate_limit_counters`);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key))).toBe(true);
      // Unlogged: a counter's commit waits for no WAL flush (a crash empties it; docs/scaling.md).
      const [table] = await t.dataSource.query(`SELECT relpersistence FROM pg_class WHERE relname = 'rate_limit_counters'`);
      expect(table.relpersistence).toBe('u');
    } finally {
      await two.close();
    }
  });

  it('caps public writes per address, and never limits signed-in staff or reads', async () => {
    const conference = await createConference(t, committee, { capacity: 500 });
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++)
      statuses.push((await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody(`many${i}`))).status);
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(40);
    expect(statuses.at(-1)).toBe(429);
    for (let i = 0; i < 5; i++) await t.http.get(`/api/conferences/${conference.id}`).expect(200);
    await t.http.patch(`/api/conferences/${conference.id}`).set('Authorization', committee).send({ venue: 'Folkets hus' }).expect(200);
  });
});
