import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Mails nobody at the address asked for (a registration by someone else, a cancellation through the
 * manage link, a password reset) are limited per recipient, counted in PostgreSQL across conferences
 * and processes. The per-subject throttle is set high here so that only the recipient limit is tested.
 */
describe('mails per recipient', () => {
  const LIMIT = 4;
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp({ MAIL_LIMIT_PER_RECIPIENT: String(LIMIT), RATE_LIMIT_PER_SUBJECT: '1000' });
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  const register = (conferenceId: string, body: ReturnType<typeof registrationBody>) =>
    t.http.post(`/api/conferences/${conferenceId}/registrations`).send(body);
  const mailsAbout = async (registrationIds: string[]): Promise<{ subject: string; text: string }[]> =>
    t.dataSource.query(`SELECT subject, text FROM outbox_messages WHERE subject_ref = ANY($1::text[]) ORDER BY created_at`, [
      registrationIds.map((id) => `registration:${id}`),
    ]);

  it('turns 32 rounds of register and cancel at one address into at most the limit of mails, one confirmation', async () => {
    const conference = await createConference(t, committee, { capacity: 100 });
    const body = registrationBody('victim', { firstName: 'Vinn en resa! Klicka på https://bedrageri.example' });
    const ids: string[] = [];
    for (let round = 0; round < 32; round++) {
      const created = await register(conference.id, body).expect(201);
      // The registration itself goes through, and its answer carries the manage link.
      expect(created.body.manageUrl).toContain(created.body.manageToken);
      // Only the first round's confirmation goes out (one per conference and window), and the answer says so.
      expect([round, created.body.confirmationMailed]).toEqual([round, round === 0]);
      ids.push(created.body.id);
      await t.http.delete(`/api/registrations/${created.body.manageToken}`).expect(200);
    }
    const mails = await mailsAbout(ids);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.length).toBeLessThanOrEqual(LIMIT);
    expect(mails.filter((m) => m.subject.startsWith('Bekräftelse'))).toHaveLength(1);
  });

  it('counts look-alike spellings of one address as that address, across conferences', async () => {
    const spellings = [
      'sara.svensson@kommun.se',
      'SARA.SVENSSON@kommun.se',
      'ſara.ſvenſſon@kommun.se',
      'ｓａｒａ.ｓｖｅｎｓｓｏｎ@kommun.se',
      'Ｓara.Svensson@Kommun.SE',
      'sara.svenſson@kommun.se',
    ];
    const ids: string[] = [];
    for (const [i, email] of spellings.entries()) {
      const conference = await createConference(t, committee, { capacity: 10, titleSv: `Konferens ${i}` });
      const created = await register(conference.id, registrationBody(`sara${i}`, { email }));
      expect([email, created.status]).toEqual([email, 201]);
      // The recipient's limit holds back the confirmations beyond it, and the answer says so.
      expect([email, created.body.confirmationMailed]).toEqual([email, i < LIMIT]);
      ids.push(created.body.id);
    }
    const mails = await mailsAbout(ids);
    expect(mails).toHaveLength(LIMIT);
  });

  it('counts password-reset mails to an account against the same limit', async () => {
    for (let i = 0; i < LIMIT + 3; i++) await t.http.post('/api/auth/password-reset').send({ email: DEMO.council }).expect(202);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE "to" = $1`, [DEMO.council]);
    expect(n).toBe(LIMIT);
  });

  it('registers and cancels one address at several conferences at once without a deadlock', async () => {
    const conferences = await Promise.all(
      [0, 1, 2, 3].map((i) => createConference(t, committee, { capacity: 1, titleSv: `Samtidig ${i}` })),
    );
    const body = registrationBody('samtidig');
    const first = await Promise.all(conferences.slice(0, 2).map((c) => register(c.id, body).expect(201)));
    const answers = await Promise.all([
      ...first.map((r) => t.http.delete(`/api/registrations/${r.body.manageToken}`)),
      ...conferences.map((c) => register(c.id, body)),
      ...conferences.map((c) => register(c.id, registrationBody(`annan-${c.id}`))),
    ]);
    for (const answer of answers) expect([200, 201, 409]).toContain(answer.status);
  });

  it('still confirms every one of many different addresses registering from one network address', async () => {
    const conference = await createConference(t, committee, { capacity: 300 });
    const ids: string[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => register(conference.id, registrationBody(`kollega${batch}-${i}`))),
      );
      for (const answer of answers) {
        expect(answer.status).toBe(201);
        ids.push(answer.body.id);
      }
    }
    const mails = await mailsAbout(ids);
    expect(mails).toHaveLength(200);
  });
});
