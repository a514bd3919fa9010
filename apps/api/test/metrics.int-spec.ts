import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

const TOKEN = 'metrics-token-for-the-integration-test-0123456789';

/** The value of one sample line (`name{labels} value`), or undefined when it is not there. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => given[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('metrics for operators', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => t.close());

  it('is not there without the token, or with another, for anyone, staff too', async () => {
    const committee = await t.login(DEMO.committee);
    await t.http.get('/api/metrics').expect(404);
    await t.http.get('/api/metrics').set('Authorization', committee).expect(404);
    await t.http.get('/api/metrics').set('Authorization', `Bearer ${TOKEN}x`).expect(404);
    const ok = await t.http.get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(ok.headers['content-type']).toMatch(/^text\/plain/);
    expect(ok.headers['cache-control']).toBe('no-store');
  });

  it('counts requests by route pattern and status, seat claims, the pool, the outbox and the job queue', async () => {
    const committee = await t.login(DEMO.committee);
    const conference = await createConference(t, committee, { capacity: 1 });
    await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('forst')).expect(201);
    await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('sen')).expect(201);
    await t.http.get(`/api/conferences/${conference.id}`).expect(200);
    await t.http.get('/api/conferences/00000000-0000-4000-8000-000000000000').expect(404);
    const text = (await t.http.get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200)).text;

    // Patterns, never ids: a label per route, not per conference.
    expect(
      sample(text, 'samverkan_http_request_duration_seconds_count', { method: 'GET', route: '/api/conferences/:id', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'samverkan_http_request_duration_seconds_count', { method: 'GET', route: '/api/conferences/:id', status: '404' }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(conference.id);
    expect(sample(text, 'samverkan_seat_claims_total', { outcome: 'confirmed' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'samverkan_seat_claims_total', { outcome: 'waitlisted' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'samverkan_seat_claim_seconds_count')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'samverkan_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    // The confirmation and waitlist mails wait in the outbox (no sender runs in this test).
    const [{ pending }] = await t.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_messages WHERE status = 'pending'`);
    expect(sample(text, 'samverkan_outbox_messages', { status: 'pending' })).toBe(pending);
    expect(text).toContain('samverkan_job_queue_jobs');
    expect(sample(text, 'samverkan_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
