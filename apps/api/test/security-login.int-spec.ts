import { DEMO_PASSWORD } from '../src/database/seeds';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * The login throttle: atomic under concurrency, strict per account and address, and an attacker at one
 * address cannot lock the owner out from another. TRUST_PROXY=1 lets the test play several addresses.
 */
describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: '1',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '50',
      LOGIN_MAX_FAILURES_TOTAL: '12',
    });
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query(`DELETE FROM login_attempts`));

  const login = (address: string, email: string, password: string) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', address).send({ email, password });

  it('lets exactly the limit of 25 parallel wrong passwords through to a password check', async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => login('198.51.100.1', DEMO.council, `wrong-${i}`)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_attempts WHERE email = $1`, [DEMO.council]);
    expect(n).toBe(5);
  });

  it('throttles the guessing address but lets the owner in from another', async () => {
    for (let i = 0; i < 5; i++) await login('198.51.100.2', DEMO.admin, `wrong-${i}`).expect(401);
    // The attacker's address is refused for this account, even with the right password …
    await login('198.51.100.2', DEMO.admin, DEMO_PASSWORD).expect(429);
    // … while the owner, elsewhere, signs in with it.
    const owner = await login('203.0.113.7', DEMO.admin, DEMO_PASSWORD).expect(200);
    expect(owner.body.user.email).toBe(DEMO.admin);
    // The guessing address may still sign in to other accounts (its own address ceiling is far off).
    await login('198.51.100.2', DEMO.committee, DEMO_PASSWORD).expect(200);
  });

  it('beyond the account-wide ceiling, accepts the account only from addresses it signed in from before', async () => {
    await login('203.0.113.8', DEMO.committee, DEMO_PASSWORD).expect(200);
    const statuses: number[] = [];
    for (const attacker of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) {
      for (let i = 0; i < 5; i++) statuses.push((await login(attacker, DEMO.committee, `wrong-${i}`)).status);
    }
    // 12 failures in all, then the account is closed to new addresses.
    expect(statuses.filter((s) => s === 401)).toHaveLength(12);
    expect(statuses.slice(12)).toEqual([429, 429, 429]);
    await login('192.0.2.4', DEMO.committee, DEMO_PASSWORD).expect(429);
    await login('203.0.113.8', DEMO.committee, DEMO_PASSWORD).expect(200);
  });

  it('counts a wrong current password on password change as a failed login', async () => {
    const bearer = (await login('198.51.100.3', DEMO.council, DEMO_PASSWORD).expect(200)).body.accessToken;
    const change = (currentPassword: string) =>
      t.http
        .post('/api/auth/password')
        .set('Authorization', `Bearer ${bearer}`)
        .set('X-Forwarded-For', '198.51.100.3')
        .send({ currentPassword, newPassword: 'a-brand-new-password' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await change(`wrong-${i}`)).status);
    expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
    // Throttled means no more checks, the right password included; the password is unchanged.
    await change(DEMO_PASSWORD).expect(429);
    await login('203.0.113.9', DEMO.council, DEMO_PASSWORD).expect(200);
  });
});
