import { createTestApp, type TestApp } from './support/test-app';

/** TRUST_PROXY is a hop count (or a list of proxies): a client cannot choose its own address. */
describe('client addresses behind a proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1', RATE_LIMIT_PER_ADDRESS: '3' });
  });
  afterAll(() => t.close());

  const reset = (n: number, forwardedFor: string) =>
    t.http
      .post('/api/auth/password-reset')
      .set('X-Forwarded-For', forwardedFor)
      .send({ email: `proxy${n}@kommun.se` });

  it('takes the address the trusted proxy saw, whatever the client wrote before it', async () => {
    const statuses: number[] = [];
    // The client varies what it writes itself; the proxy (one hop) appends the address it saw: 5.6.7.8.
    for (let i = 1; i <= 5; i++) statuses.push((await reset(i, `${i}.2.3.4, 5.6.7.8`)).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    // A client the proxy saw at another address has its own allowance.
    expect((await reset(6, '1.2.3.4, 5.6.7.9')).status).toBe(202);
    expect((await reset(7, '5.6.7.9')).status).toBe(202);
  });
});
