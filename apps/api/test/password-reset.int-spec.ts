import { createTestApp, DEMO, type TestApp } from './support/test-app';

describe('password reset', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const mailsTo = async (to: string): Promise<{ subject: string; text: string }[]> =>
    t.dataSource.query(`SELECT subject, text FROM outbox_messages WHERE "to" = $1 ORDER BY created_at`, [to]);
  const linkIn = (text: string) => /\/aterstall-losenord\/([A-Za-z0-9_-]+)/.exec(text)?.[1] as string;

  it('answers the same for an address with and without an account, and mails only the account', async () => {
    const known = await t.http
      .post('/api/auth/password-reset')
      .send({ email: ` ${DEMO.council.toUpperCase()} ` })
      .expect(202);
    const unknown = await t.http.post('/api/auth/password-reset').send({ email: 'nobody@kommun.se' }).expect(202);
    expect(unknown.body).toEqual(known.body);
    expect(known.body.message).toMatch(/Om adressen har ett konto/);
    expect(await mailsTo('nobody@kommun.se')).toEqual([]);
    const [mail] = await mailsTo(DEMO.council);
    expect(mail.subject).toBe('Välj nytt lösenord i Samverkan');
    expect(linkIn(mail.text)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only a hash of the token is stored.
    const [{ token_hash }] = await t.dataSource.query(`SELECT token_hash FROM password_resets ORDER BY created_at DESC LIMIT 1`);
    expect(mail.text).not.toContain(token_hash);
  });

  it('sets a new password once, ends every session, and refuses the link a second time', async () => {
    const bearer = await t.login(DEMO.committee);
    await t.http.post('/api/auth/password-reset').send({ email: DEMO.committee }).expect(202);
    const token = linkIn((await mailsTo(DEMO.committee)).at(-1)?.text as string);

    await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'kort' }).expect(400);
    await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'ett-nytt-langt-losenord' }).expect(204);
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(401);
    await t.http.post('/api/auth/login').send({ email: DEMO.committee, password: 'samverkan-demo' }).expect(401);
    await t.login(DEMO.committee, 'ett-nytt-langt-losenord');

    const again = await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'ett-annat-langt-losenord' }).expect(400);
    expect(again.body).toMatchObject({ code: 'identity.reset-link-invalid', errors: { token: 'invalid' } });
    expect(again.body.message).toMatch(/ogiltig, redan använd eller för gammal/);
  });

  it('refuses unknown and expired links, and a newer link replaces an older one', async () => {
    await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'A'.repeat(43), password: 'ett-nytt-langt-losenord' })
      .expect(400);

    await t.http.post('/api/auth/password-reset').send({ email: DEMO.admin }).expect(202);
    const first = linkIn((await mailsTo(DEMO.admin)).at(-1)?.text as string);
    await t.http.post('/api/auth/password-reset').send({ email: DEMO.admin }).expect(202);
    const second = linkIn((await mailsTo(DEMO.admin)).at(-1)?.text as string);
    await t.http.post('/api/auth/password-reset/confirm').send({ token: first, password: 'ett-nytt-langt-losenord' }).expect(400);

    await t.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    await t.http.post('/api/auth/password-reset/confirm').send({ token: second, password: 'ett-nytt-langt-losenord' }).expect(400);
    await t.login(DEMO.admin); // unchanged
  });

  it('does the same work for an address with and without an account (nothing to time)', async () => {
    const statementsOf = async (email: string) => {
      t.queries.reset();
      await t.http.post('/api/auth/password-reset').send({ email }).expect(202);
      return t.queries.statements.map(({ query, parameters }) => ({ query, parameters }));
    };
    const known = await statementsOf(DEMO.council);
    const unknown = await statementsOf('ingen-har-den-har@kommun.se');
    // The same statements, in the same order, with as many parameters …
    expect(unknown.map((s) => s.query)).toEqual(known.map((s) => s.query));
    expect(unknown.map((s) => s.parameters.length)).toEqual(known.map((s) => s.parameters.length));
    // … and both made and hashed a token, which only the account's path stores and mails.
    // (Not the rate limiter's counter keys, hashes too, counted alike on both paths.)
    const tokenHashes = (statements: typeof known) =>
      statements
        .filter((s) => !s.query.includes('rate_limit_counters'))
        .flatMap((s) => s.parameters)
        .filter((p) => typeof p === 'string' && /^[0-9a-f]{64}$/.test(p));
    expect(tokenHashes(known)).toHaveLength(1);
    expect(tokenHashes(unknown)).toHaveLength(1);
    expect(tokenHashes(unknown)).not.toEqual(tokenHashes(known));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM password_resets WHERE token_hash = $1`, tokenHashes(known));
    expect(n).toBe(1);
    expect(await mailsTo('ingen-har-den-har@kommun.se')).toEqual([]);
  });

  it('validates the request body', async () => {
    await t.http.post('/api/auth/password-reset').send({ email: 'not-an-address' }).expect(400);
    await t.http.post('/api/auth/password-reset').send({}).expect(400);
    await t.http.post('/api/auth/password-reset/confirm').send({ token: 'x', password: 'ett-nytt-langt-losenord', extra: 1 }).expect(400);
  });
});
