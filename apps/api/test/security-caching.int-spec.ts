import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/** Answers with personal data (and every other API answer that does not opt in to caching) are never stored. */
describe('caching of API answers', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  let conferenceId: string;
  let manageToken: string;
  let calendarPath: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
    const conference = await createConference(t, committee);
    conferenceId = conference.id;
    const reg = (await t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody('cache1')).expect(201)).body;
    manageToken = reg.manageToken;
    calendarPath = new URL(reg.calendarUrl).pathname;
  });
  afterAll(() => t.close());

  const bearer = (who: 'none' | 'committee' | 'admin') => (who === 'committee' ? committee : who === 'admin' ? admin : undefined);

  const routes: [name: string, path: () => string, caller: 'none' | 'committee' | 'admin', status: number][] = [
    ['the manage link', (): string => `/api/registrations/${manageToken}`, 'none', 200],
    ['the GDPR export', (): string => `/api/registrations/${manageToken}/export`, 'none', 200],
    ['chosen sessions', (): string => `/api/registrations/${manageToken}/sessions`, 'none', 200],
    ['an unknown manage link', (): string => '/api/registrations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'none', 404],
    ['the attendee list', (): string => `/api/conferences/${conferenceId}/registrations`, 'committee', 200],
    ['the attendee CSV', (): string => `/api/conferences/${conferenceId}/registrations/export.csv`, 'committee', 200],
    ['the attendee XLSX', (): string => `/api/conferences/${conferenceId}/registrations/export.xlsx`, 'committee', 200],
    ['the coverage CSV', (): string => '/api/reports/focus-area-coverage/export.csv', 'committee', 200],
    ['the coverage XLSX', (): string => '/api/reports/focus-area-coverage/export.xlsx', 'committee', 200],
    ["the members' engagement", (): string => '/api/engagement/members', 'committee', 200],
    ["the members' CSV", (): string => '/api/engagement/members.csv', 'committee', 200],
    ['participants per member and conference', (): string => '/api/engagement/participation.csv', 'committee', 200],
    ['the inactive members', (): string => '/api/engagement/inactive', 'committee', 200],
    ['the annual summary PDF', (): string => `/api/annual-summary/${new Date().getUTCFullYear() - 1}.pdf`, 'committee', 200],
    ['the annual summary XLSX', (): string => `/api/annual-summary/${new Date().getUTCFullYear() - 1}.xlsx`, 'admin', 200],
    ['the outbox', (): string => '/api/outbox', 'admin', 200],
    ['who am I', (): string => '/api/auth/me', 'committee', 200],
    ['the users', (): string => '/api/users', 'admin', 200],
    ['who am I, anonymously', (): string => '/api/auth/me', 'none', 401],
  ];
  it.each(routes)('%s answers Cache-Control: no-store', async (_name, path, who, status) => {
    const req = t.http.get(path());
    const caller = bearer(who);
    const res = await (caller ? req.set('Authorization', caller) : req);
    expect(res.status).toBe(status);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('lets the public reads the server-rendered pages hand over be shared, only when asked without a token', async () => {
    for (const path of [
      '/api/conferences',
      `/api/conferences/${conferenceId}`,
      `/api/conferences/${conferenceId}/lineage`,
      '/api/focus-areas',
      // The registration page's form: its questions and the fee quote.
      `/api/conferences/${conferenceId}/questions`,
      `/api/conferences/${conferenceId}/fees/quote?organisationType=municipality`,
    ]) {
      const anonymous = await t.http.get(path).expect(200);
      expect([path, anonymous.headers['cache-control']]).toEqual([path, 'public, max-age=0, must-revalidate']);
      expect(anonymous.headers['vary']).toContain('Authorization');
      const staff = await t.http.get(path).set('Authorization', committee).expect(200);
      expect([path, staff.headers['cache-control']]).toEqual([path, 'no-store']);
    }
    // The published programme's own reads (the programme page and an item's page hand them over too).
    const conferences: { id: string }[] = (await t.http.get('/api/conferences').expect(200)).body;
    let published: { id: string; items: { id: string }[] } | undefined;
    for (const c of conferences) {
      const res = await t.http.get(`/api/conferences/${c.id}/programme`);
      if (res.status === 200 && res.body.items.length > 0) published = { id: c.id, items: res.body.items };
    }
    if (!published) throw new Error('the demo data has no published programme');
    for (const path of [
      `/api/conferences/${published.id}/programme/signups`,
      `/api/conferences/${published.id}/programme/changes`,
      `/api/agenda-items/${published.items[0].id}`,
    ]) {
      const anonymous = await t.http.get(path).expect(200);
      expect([path, anonymous.headers['cache-control']]).toEqual([path, 'public, max-age=0, must-revalidate']);
      const staff = await t.http.get(path).set('Authorization', committee).expect(200);
      expect([path, staff.headers['cache-control']]).toEqual([path, 'no-store']);
    }
    // A public read by a secret link is personal: never shared, token or not.
    expect((await t.http.get(`/api/registrations/${manageToken}`).expect(200)).headers['cache-control']).toBe('no-store');
  });

  it('answers a login (tokens in the body) with no-store', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: DEMO.admin, password: 'wrong password' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps the public cached representations and the personal feed private, with conditional GET', async () => {
    await t.http
      .post(`/api/conferences/${conferenceId}/agenda/publish`)
      .set('Authorization', committee)
      .send({ acknowledgeConflicts: true })
      .expect(200);
    const programme = await t.http.get(`/api/conferences/${conferenceId}/programme`).expect(200);
    expect(programme.headers['cache-control']).toBe('public, max-age=60');
    await t.http.get(`/api/conferences/${conferenceId}/programme`).set('If-None-Match', programme.headers['etag']).expect(304);

    const feed = await t.http.get(`/api/conferences/${conferenceId}/calendar.ics`).expect(200);
    expect(feed.headers['cache-control']).toBe('public, max-age=300');

    const personal = await t.http.get(calendarPath).expect(200);
    expect(personal.headers['cache-control']).toBe('private, max-age=300');
    const revalidated = await t.http.get(calendarPath).set('If-None-Match', personal.headers['etag']).expect(304);
    expect(revalidated.headers['cache-control']).toBe('private, max-age=300');
  });
});
