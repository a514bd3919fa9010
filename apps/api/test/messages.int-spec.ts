import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import type {
  MessageDryRunResponse,
  MessageSentResponse,
  MessageSummary,
  MyMessage,
  SendMessageRequest,
} from '@samverkan/messaging/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

/** Mails nobody asked for per recipient in this file: the confirmation and three messages. */
const MAIL_LIMIT = 4;

describe('messages to participants', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  let run = 0;
  beforeAll(async () => {
    t = await createTestApp({ MAIL_LIMIT_PER_RECIPIENT: String(MAIL_LIMIT) });
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  /**
   * A conference with: Anna (sv, municipality, checked in, workshop), Bob (en, business), Cecilia
   * (sv, waitlisted), Dan (cancelled) and Eva (cancelled and anonymised).
   */
  async function scene() {
    const n = ++run;
    const conference = await createConference(t, committee, {
      capacity: 3,
      startsAt: '2031-05-12T09:00:00+02:00',
      endsAt: '2031-05-13T16:00:00+02:00',
    });
    const item = (
      await t.http
        .post(`/api/conferences/${conference.id}/agenda/items`)
        .set('Authorization', committee)
        .send({
          titleSv: 'Verkstad',
          type: 'workshop',
          startsAt: '2031-05-12T10:00:00+02:00',
          endsAt: '2031-05-12T11:00:00+02:00',
          signupRequired: true,
          signupCapacity: 10,
        })
        .expect(201)
    ).body as AgendaItemResponse;
    await t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    const register = async (name: string, overrides: Parameters<typeof registrationBody>[1] = {}) =>
      (
        await t.http
          .post(`/api/conferences/${conference.id}/registrations`)
          .send(registrationBody(`${name}${n}`, { firstName: name, ...overrides }))
          .expect(201)
      ).body as { id: string; manageToken: string; status: string };
    const anna = await register('Anna');
    const bob = await register('Bob', { language: 'en', organisationType: 'business', organisationName: 'Verkstaden AB' });
    const dan = await register('Dan');
    const eva = await register('Eva');
    await t.http.delete(`/api/registrations/${dan.manageToken}`).expect(200);
    await t.http.delete(`/api/registrations/${eva.manageToken}`).expect(200);
    await t.dataSource.query(`UPDATE registrations SET anonymised_at = now() WHERE id = $1`, [eva.id]);
    const cecilia = await register('Cecilia');
    const filip = await register('Filip');
    expect(filip.status).toBe('waitlisted');
    expect(cecilia.status).toBe('confirmed');
    await t.http.post(`/api/registrations/${anna.manageToken}/sessions`).send({ agendaItemId: item.id }).expect(201);
    await t.dataSource.query(`UPDATE registrations SET checked_in_at = now() WHERE id = $1`, [anna.id]);
    return { conference, item, anna, bob, cecilia, dan, eva, filip, n };
  }

  const message = (overrides: Partial<SendMessageRequest> = {}): SendMessageRequest => ({
    subjectSv: 'Hej {förnamn}',
    bodySv: 'Välkommen till {konferens}! Din anmälan: {hanteringslänk} Ditt program: {programlänk}',
    subjectEn: 'Hello {firstName}',
    bodyEn: 'Welcome to {conference}! Your registration: {manageLink}',
    filter: {},
    ...overrides,
  });

  const send = (conferenceId: string, body: SendMessageRequest, bearer = committee) =>
    t.http.post(`/api/conferences/${conferenceId}/messages`).set('Authorization', bearer).send(body);

  const recipientsOf = async (conferenceId: string, filter: SendMessageRequest['filter']) =>
    ((await send(conferenceId, message({ filter, dryRun: true })).expect(200)).body as MessageDryRunResponse).recipients;

  /** The messages' e-mails to someone (not the registration's own). */
  const outboxTo = (email: string): Promise<{ subject: string; text: string; subject_ref: string }[]> =>
    t.dataSource.query(
      `SELECT subject, text, subject_ref FROM outbox_messages WHERE "to" = $1 AND subject ~ '^(Hej|Hello|Nummer) ' ORDER BY created_at`,
      [email],
    );

  it('dry run: counts and renders the first recipient, with the link secrets left out, and stores nothing', async () => {
    const { conference } = await scene();
    const before = await rowCounts(t.dataSource);
    const res = await send(conference.id, message({ dryRun: true })).expect(200);
    const body = res.body as MessageDryRunResponse;
    expect(body.recipients).toBe(4);
    expect(body.preview?.subject).toBe('Hej Anna');
    expect(body.preview?.body).toContain('Välkommen till Testkonferensen!');
    expect(body.preview?.body).toContain('/anmalan/[borttaget]');
    expect(body.preview?.body).toContain('/api/calendar/registrations/[borttaget].ics');
    expect(await rowCounts(t.dataSource)).toEqual(before);
    const none = (await send(conference.id, message({ dryRun: true, filter: { organisationType: 'region' } })).expect(200)).body;
    expect(none).toEqual({ recipients: 0, preview: null });
  });

  it('sends one e-mail per recipient in their language, with their own links, and keeps message and recipients', async () => {
    const { conference, anna, bob, cecilia, filip, dan, eva, n } = await scene();
    const res = await send(conference.id, message()).expect(201);
    const sent = res.body as MessageSentResponse;
    expect(sent.recipients).toBe(4);
    const [annaMail] = await outboxTo(`personanna${n}@kommun.se`);
    expect(annaMail.subject).toBe('Hej Anna');
    expect(annaMail.text).toContain(`/anmalan/${anna.manageToken}`);
    expect(annaMail.text).toMatch(/\/api\/calendar\/registrations\/[A-Za-z0-9_-]{43}\.ics/);
    expect(annaMail.subject_ref).toBe(`registration:${anna.id}`);
    const [bobMail] = await outboxTo(`personbob${n}@kommun.se`);
    expect(bobMail.subject).toBe('Hello Bob');
    expect(bobMail.text).toContain('Welcome to The test conference!');
    expect(bobMail.text).toContain(`/anmalan/${bob.manageToken}`);
    expect(await outboxTo(`personcecilia${n}@kommun.se`)).toHaveLength(1);
    expect(await outboxTo(`personfilip${n}@kommun.se`)).toHaveLength(1);
    expect(await outboxTo(`persondan${n}@kommun.se`)).toHaveLength(0);
    const stored = await t.dataSource.query(
      `SELECT registration_id, language, mailed FROM message_recipients WHERE message_id = $1 ORDER BY language`,
      [sent.id],
    );
    expect(stored).toHaveLength(4);
    expect(stored.find((r: { registration_id: string }) => r.registration_id === bob.id)).toEqual({
      registration_id: bob.id,
      language: 'en',
      mailed: true,
    });
    expect(stored.map((r: { registration_id: string }) => r.registration_id)).not.toContain(eva.id);
    expect(stored.map((r: { registration_id: string }) => r.registration_id)).toContain(cecilia.id);
    expect(stored.map((r: { registration_id: string }) => r.registration_id)).toContain(filip.id);
    expect(stored.map((r: { registration_id: string }) => r.registration_id)).not.toContain(dan.id);

    const list = (await t.http.get(`/api/conferences/${conference.id}/messages`).set('Authorization', admin).expect(200))
      .body as MessageSummary[];
    expect(list).toEqual([
      expect.objectContaining({
        id: sent.id,
        kind: 'message',
        subjectSv: 'Hej {förnamn}',
        recipients: 4,
        mailed: 4,
        heldBack: 0,
        filter: {},
        sentByName: expect.any(String),
      }),
    ]);
  });

  it('English readers get Swedish when no English text was written', async () => {
    const { conference, n } = await scene();
    await send(conference.id, message({ subjectEn: undefined, bodyEn: undefined })).expect(201);
    const [bobMail] = await outboxTo(`personbob${n}@kommun.se`);
    expect(bobMail.subject).toBe('Hej Bob');
  });

  it('filters by status, organisation type, programme item and check-in; cancelled only when asked, anonymised never', async () => {
    const { conference, item } = await scene();
    expect(await recipientsOf(conference.id, {})).toBe(4);
    expect(await recipientsOf(conference.id, { status: 'confirmed' })).toBe(3);
    expect(await recipientsOf(conference.id, { status: 'waitlisted' })).toBe(1);
    expect(await recipientsOf(conference.id, { status: 'cancelled' })).toBe(1);
    expect(await recipientsOf(conference.id, { organisationType: 'business' })).toBe(1);
    expect(await recipientsOf(conference.id, { organisationType: 'municipality', status: 'confirmed' })).toBe(2);
    expect(await recipientsOf(conference.id, { agendaItemId: item.id })).toBe(1);
    expect(await recipientsOf(conference.id, { checkedIn: true })).toBe(1);
    expect(await recipientsOf(conference.id, { checkedIn: false })).toBe(3);
    const cancelled = (await send(conference.id, message({ dryRun: true, filter: { status: 'cancelled' } })).expect(200))
      .body as MessageDryRunResponse;
    expect(cancelled.preview?.subject).toBe('Hej Dan');
  });

  it('refuses an unknown merge field, naming it, and stores nothing', async () => {
    const { conference } = await scene();
    const before = await rowCounts(t.dataSource);
    const res = await send(conference.id, message({ bodySv: 'Hej {fornamn}!' })).expect(400);
    expect(res.body.code).toBe('messaging.unknown-merge-field');
    expect(res.body.params).toEqual({ field: 'fornamn' });
    expect(res.body.errors).toEqual({ bodySv: 'unknownMergeField' });
    expect(res.body.message).toContain('{fornamn}');
    await send(conference.id, message({ subjectEn: 'Hi {name}', dryRun: true })).expect(400);
    await send(conference.id, message({ bodyEn: undefined })).expect(400);
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('is for holders of messages.send only: the programme council gets 403, anonymous 401', async () => {
    const { conference } = await scene();
    const council = await t.login(DEMO.council);
    await send(conference.id, message(), council).expect(403);
    await t.http.post(`/api/conferences/${conference.id}/messages`).send(message()).expect(401);
    await t.http.get(`/api/conferences/${conference.id}/messages`).set('Authorization', council).expect(403);
    await send('00000000-0000-4000-8000-000000000000', message()).expect(404);
  });

  it('holds back e-mail over the per-recipient limit and shows every message on the manage page', async () => {
    const { conference, anna, n } = await scene();
    // The confirmation counted once; MAIL_LIMIT - 1 messages go out, the next is held back.
    const ids: string[] = [];
    for (let i = 1; i <= MAIL_LIMIT; i++) {
      ids.push(
        (
          (await send(conference.id, message({ subjectSv: `Nummer ${i}, {förnamn}`, filter: { status: 'confirmed' } })).expect(201))
            .body as MessageSentResponse
        ).id,
      );
    }
    expect(await outboxTo(`personanna${n}@kommun.se`)).toHaveLength(MAIL_LIMIT - 1);
    const list = (await t.http.get(`/api/conferences/${conference.id}/messages`).set('Authorization', committee).expect(200))
      .body as MessageSummary[];
    expect(list[0]).toMatchObject({ id: ids[MAIL_LIMIT - 1], recipients: 3, mailed: 0, heldBack: 3 });

    const mine = (await t.http.get(`/api/registrations/${anna.manageToken}/messages`).expect(200)).body as MyMessage[];
    expect(mine.map((m) => m.subject)).toEqual([4, 3, 2, 1].map((i) => `Nummer ${i}, Anna`));
    expect(mine[0]).toMatchObject({ kind: 'message', mailed: false });
    expect(mine[1].mailed).toBe(true);
    expect(mine[0].body).toContain('Välkommen till Testkonferensen!');
    await t.http.get(`/api/registrations/${'x'.repeat(43)}/messages`).expect(404);
    expect((await t.http.get(`/api/registrations/${anna.manageToken}/messages`)).headers['cache-control']).toBe('no-store');
  });
});
