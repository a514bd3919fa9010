import type { LoginResponse } from '@samverkan/identity/contract';
import { createTestApp, DEMO, TEST_JWT_SECRET, type TestApp } from './support/test-app';
import { JwtService } from '@nestjs/jwt';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8', SESSION_IDLE_SECONDS: '120' });
  });
  afterAll(() => t.close());

  it.each([
    [DEMO.admin, ['admin']],
    [DEMO.committee, ['working-committee']],
    [DEMO.council, ['programme-council']],
  ])('signs in %s with roles %j and /me returns the user', async (email, roles) => {
    const res = await t.http.post('/api/auth/login').send({ email: email.toUpperCase(), password: 'samverkan-demo' }).expect(200);
    const body = res.body as LoginResponse;
    expect(body.user).toMatchObject({ email, roles });
    expect(body.accessToken.split('.')).toHaveLength(3);
    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
    expect(me.body).toEqual(body.user);
  });

  it('gives the same answer for a wrong password and an unknown e-mail (no user enumeration)', async () => {
    const wrong = await t.http.post('/api/auth/login').send({ email: DEMO.council, password: 'nope' }).expect(401);
    const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@demo.samverkan.se', password: 'nope' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'identity.wrong-credentials', message: 'Fel e-postadress eller lösenord.' });
    const english = await t.http
      .post('/api/auth/login')
      .set('Accept-Language', 'en')
      .send({ email: DEMO.council, password: 'nope' })
      .expect(401);
    expect(english.body.message).toBe('Wrong e-mail address or password.');
  });

  it('validates the login body', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'not-an-email', password: '', extra: 1 }).expect(400);
    expect(res.body.errors).toEqual({ email: 'isEmail', password: 'minLength', extra: 'unknown' });
  });

  it('refuses a token after logout', async () => {
    const bearer = await t.login(DEMO.committee);
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(200);
    await t.http.post('/api/auth/logout').set('Authorization', bearer).expect(204);
    expect((await t.http.get('/api/auth/me').set('Authorization', bearer).expect(401)).body).toMatchObject({
      code: 'identity.session-ended',
      message: 'Din inloggning har gått ut. Logga in igen.',
    });
    expect((await t.http.get('/api/auth/me').expect(401)).body.code).toBe('auth.unauthenticated');
  });

  it('ends every session when the password changes', async () => {
    // A wrong current password counts as a failed login; start this account's count afresh.
    await t.dataSource.query(`DELETE FROM login_attempts`);
    const first = await t.login(DEMO.council);
    const second = await t.login(DEMO.council);
    const wrong = await t.http
      .post('/api/auth/password')
      .set('Authorization', first)
      .send({ currentPassword: 'wrong-password', newPassword: 'a-brand-new-password' })
      .expect(422);
    expect(wrong.body).toMatchObject({ code: 'identity.wrong-password', errors: { currentPassword: 'wrong' } });
    await t.http.get('/api/auth/me').set('Authorization', second).expect(200);
    await t.http
      .post('/api/auth/password')
      .set('Authorization', first)
      .send({ currentPassword: 'samverkan-demo', newPassword: 'a-brand-new-password' })
      .expect(204);
    await t.http.get('/api/auth/me').set('Authorization', first).expect(401);
    await t.http.get('/api/auth/me').set('Authorization', second).expect(401);
    await t.http.post('/api/auth/login').send({ email: DEMO.council, password: 'samverkan-demo' }).expect(401);
    await t.login(DEMO.council, 'a-brand-new-password');
  });

  it('refuses tampered, unsigned, foreign and expired tokens', async () => {
    const bearer = await t.login(DEMO.admin);
    const token = bearer.slice('Bearer '.length);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

    const tampered = `${header}.${b64({ ...claims, sub: '00000000-0000-0000-0000-000000000000' })}.${signature}`;
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    const otherSecret = await new JwtService({ secret: 'another-secret-another-secret-12345' }).signAsync(claims);
    const sign = (extra: object) => new JwtService({ secret: TEST_JWT_SECRET }).signAsync({ ...claims, ...extra });
    const wrongAudience = await sign({ aud: 'someone-else' });
    const wrongIssuer = await sign({ iss: 'https://evil.example' });
    const expired = await sign({ exp: Math.floor(Date.now() / 1000) - 10 });
    const good = await sign({});

    for (const bad of [tampered, unsigned, otherSecret, wrongAudience, wrongIssuer, expired, 'garbage']) {
      const refused = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${bad}`).expect(401);
      expect(refused.body.code).toBe('identity.session-ended');
    }
    // The control: the same claims signed properly are accepted, so the refusals above are meaningful.
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${good}`).expect(200);
  });

  it('closes a session after the inactivity limit', async () => {
    const bearer = await t.login(DEMO.committee);
    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '121 seconds' WHERE revoked_at IS NULL`);
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(401);
  });

  it('closes a session at its absolute limit, however active it is', async () => {
    const bearer = await t.login(DEMO.admin);
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(200);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE revoked_at IS NULL`);
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(401);
  });

  it('throttles repeated failures for one account with 429, even with the right password', async () => {
    const email = DEMO.admin;
    for (let i = 0; i < 3; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ email, password: `wrong-${i}` })
        .expect(401);
    }
    const res = await t.http.post('/api/auth/login').send({ email, password: 'samverkan-demo' }).expect(429);
    expect(res.body).toMatchObject({
      code: 'identity.too-many-logins',
      message: 'För många inloggningsförsök. Vänta en stund och försök igen.',
    });
    // Another account from the same address is not locked out by it.
    await t.login(DEMO.committee);
  });

  it('throttles failures from one address across many accounts with 429, and says nothing about which exist', async () => {
    await t.dataSource.query(`DELETE FROM login_attempts`);
    const answers = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const res = await t.http
        .post('/api/auth/login')
        .send({ email: `guess${i}@kommun.se`, password: 'x' })
        .expect(401);
      answers.add(res.body.message);
    }
    expect([...answers]).toEqual(['Fel e-postadress eller lösenord.']);
    const res = await t.http.post('/api/auth/login').send({ email: 'guess9@kommun.se', password: 'x' }).expect(429);
    expect(res.body.message).toMatch(/För många/);
    await t.dataSource.query(`DELETE FROM login_attempts`);
  });
});
