import type { CreateGroupRegistrationRequest, GroupMemberRequest, RegistrationGroupResponse } from '@samverkan/registrations/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const member = (n: number | string, overrides: Partial<GroupMemberRequest> = {}): GroupMemberRequest => ({
  firstName: `Medlem${n}`,
  lastName: 'Gruppsson',
  email: `medlem${n}@kommun.se`,
  ...overrides,
});

function groupBody(members: GroupMemberRequest[], overrides: Partial<CreateGroupRegistrationRequest> = {}): CreateGroupRegistrationRequest {
  return {
    contact: { firstName: 'Karin', lastName: 'Lund', email: 'karin.lund@kommun.se' },
    organisationName: 'Finspångs kommun',
    organisationType: 'municipality',
    consent: true,
    members,
    ...overrides,
  };
}

async function counts(t: TestApp, conferenceId: string) {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM registrations WHERE conference_id = $1 AND status = 'confirmed') AS confirmed,
            (SELECT count(*)::int FROM registrations WHERE conference_id = $1 AND status = 'waitlisted') AS waitlisted,
            (SELECT count(*)::int FROM conference_seats WHERE conference_id = $1 AND registration_id IS NOT NULL) AS counter`,
    [conferenceId],
  );
  return row as { confirmed: number; waitlisted: number; counter: number };
}

/**
 * Runs the requests with `inFlight` at a time, each client sending its next as soon as one is answered:
 * enough to contend for the conference's last seats without testing the connection pool's queue.
 */
async function race<T>(requests: (() => PromiseLike<T>)[], inFlight = 8): Promise<T[]> {
  const responses: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, requests.length) }, async () => {
      while (next < requests.length) {
        const i = next++;
        responses[i] = await requests[i]();
      }
    }),
  );
  return responses;
}

describe('group registrations', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  const registerGroup = (conferenceId: string, body: unknown) =>
    t.http.post(`/api/conferences/${conferenceId}/group-registrations`).send(body as object);
  const outboxFor = async (email: string) =>
    (
      await t.http
        .get(`/api/outbox?to=${encodeURIComponent(email)}`)
        .set('Authorization', admin)
        .expect(200)
    ).body.items as { subject: string; text: string }[];

  it('gives the free seats to the first members and waitlists the rest in list order, mailing each and the contact', async () => {
    const conference = await createConference(t, committee, { capacity: 3 });
    await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('early1')).expect(201);
    const res = await registerGroup(
      conference.id,
      groupBody([member('p1'), member('p2', { language: 'en' }), member('p3'), member('p4', { language: 'en' })]),
    ).expect(201);
    expect(res.body.groupToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(
      res.body.registrations.map((r: { email: string; status: string; waitlistPosition: number | null }) => [
        r.email,
        r.status,
        r.waitlistPosition,
      ]),
    ).toEqual([
      ['medlemp1@kommun.se', 'confirmed', null],
      ['medlemp2@kommun.se', 'confirmed', null],
      ['medlemp3@kommun.se', 'waitlisted', 1],
      ['medlemp4@kommun.se', 'waitlisted', 2],
    ]);
    expect(await counts(t, conference.id)).toEqual({ confirmed: 3, waitlisted: 2, counter: 3 });

    // Each member has their own manage link, and their own mail in their language.
    const own = await t.http.get(`/api/registrations/${res.body.registrations[3].manageToken}`).expect(200);
    expect(own.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2, organisationName: 'Finspångs kommun', checkInCode: null });
    const seated = await t.http.get(`/api/registrations/${res.body.registrations[0].manageToken}`).expect(200);
    expect(seated.body.checkInCode).toEqual(expect.any(String));
    expect((await outboxFor('medlemp1@kommun.se'))[0].subject).toBe('Bekräftelse: Testkonferensen');
    expect((await outboxFor('medlemp4@kommun.se'))[0].text).toContain('on the waiting list, number 2 as we write');

    const [contactMail] = await outboxFor('karin.lund@kommun.se');
    expect(contactMail.subject).toBe('Gruppanmälan: Testkonferensen');
    expect(contactMail.text).toContain(`/anmalan/grupp/${res.body.groupToken}`);
    expect(contactMail.text).toContain(
      'Har fått plats:\n- Medlemp1 Gruppsson (medlemp1@kommun.se)\n- Medlemp2 Gruppsson (medlemp2@kommun.se)',
    );
    expect(contactMail.text).toContain(
      'Står på reservlistan:\n- Medlemp3 Gruppsson (medlemp3@kommun.se), nummer 1\n- Medlemp4 Gruppsson (medlemp4@kommun.se), nummer 2',
    );

    // Only the hash of the group link is stored.
    const [stored] = await t.dataSource.query(`SELECT token_hash FROM registration_groups WHERE conference_id = $1`, [conference.id]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(res.body.groupToken);
  });

  it('refuses a group with one address twice (any case) with 409 naming the person, registering and mailing nobody', async () => {
    const conference = await createConference(t, committee, { capacity: 10 });
    const before = await rowCounts(t.dataSource);
    const res = await registerGroup(
      conference.id,
      groupBody([member('d1'), member('d2'), member('d3', { email: 'MEDLEMD1@kommun.se' })]),
    ).expect(409);
    expect(res.body).toMatchObject({
      code: 'groups.duplicate-in-group',
      params: { email: 'medlemd1@kommun.se', position: 3, name: 'Medlemd3 Gruppsson', index: 2 },
      errors: { 'members.2.email': 'duplicateInGroup' },
    });
    expect(res.body.message).toContain('medlemd1@kommun.se');
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('refuses a group with someone already registered with 409 naming them; nobody is registered, no seat taken, no mail', async () => {
    const conference = await createConference(t, committee, { capacity: 10 });
    await t.http
      .post(`/api/conferences/${conference.id}/registrations`)
      .send(registrationBody('taken', { email: 'medlemx2@kommun.se' }))
      .expect(201);
    const before = await rowCounts(t.dataSource);
    const res = await registerGroup(
      conference.id,
      groupBody([member('x1'), member('x2', { email: 'Medlemx2@Kommun.se' }), member('x3')]),
    ).expect(409);
    expect(res.body).toMatchObject({
      code: 'groups.already-registered',
      params: { email: 'medlemx2@kommun.se', position: 2, name: 'Medlemx2 Gruppsson' },
      errors: { 'members.1.email': 'alreadyRegistered' },
    });
    expect(await rowCounts(t.dataSource)).toEqual(before);
    expect(await counts(t, conference.id)).toEqual({ confirmed: 1, waitlisted: 0, counter: 1 });
    expect(await outboxFor('medlemx1@kommun.se')).toEqual([]);

    // A cancelled registration does not count.
    const cancelledConf = await createConference(t, committee, { capacity: 10 });
    const single = await t.http
      .post(`/api/conferences/${cancelledConf.id}/registrations`)
      .send(registrationBody('gone', { email: 'medlemy1@kommun.se' }))
      .expect(201);
    await t.http.delete(`/api/registrations/${single.body.manageToken}`).expect(200);
    await registerGroup(cancelledConf.id, groupBody([member('y1')])).expect(201);
  });

  it('validates: no members, more than 50, missing consent, needs without consent, closed conference', async () => {
    const conference = await createConference(t, committee, { capacity: 100 });
    const draft = await createConference(t, committee, {}, false);
    const before = await rowCounts(t.dataSource);
    const empty = await registerGroup(conference.id, groupBody([])).expect(400);
    expect(JSON.stringify(empty.body)).toContain('members');
    await registerGroup(conference.id, groupBody(Array.from({ length: 51 }, (_, i) => member(`big${i}`)))).expect(400);
    await registerGroup(conference.id, { ...groupBody([member('c1')]), consent: false }).expect(400);
    await registerGroup(conference.id, groupBody([member('c2', { email: 'inte-en-adress' })])).expect(400);
    await registerGroup(conference.id, { ...groupBody([member('c3')]), members: [{ ...member('c3'), organisationName: 'X' }] }).expect(400);
    const needs = await registerGroup(conference.id, groupBody([member('h1'), member('h2', { dietaryNeeds: 'Vegan' })])).expect(400);
    expect(needs.body).toMatchObject({
      code: 'registrations.health-data-without-consent',
      errors: { 'members.1.dietaryNeeds': 'withoutConsent' },
    });
    await registerGroup(draft.id, groupBody([member('c4')])).expect(422);
    await registerGroup('00000000-0000-4000-8000-000000000000', groupBody([member('c5')])).expect(404);
    expect(await rowCounts(t.dataSource)).toEqual(before);
    // 50 is allowed.
    const fifty = await registerGroup(conference.id, groupBody(Array.from({ length: 50 }, (_, i) => member(`fifty${i}`)))).expect(201);
    expect(fifty.body.registrations).toHaveLength(50);
  }, 180_000);

  it('the group link shows the members, adds one (seat or waitlist), and cancelling a member promotes the first waiting', async () => {
    const conference = await createConference(t, committee, { capacity: 2 });
    const created = await registerGroup(conference.id, groupBody([member('g1'), member('g2'), member('g3')])).expect(201);
    const token = created.body.groupToken as string;
    const view = (await t.http.get(`/api/registration-groups/${token}`).expect(200)).body as RegistrationGroupResponse;
    expect(view.contact).toEqual({ firstName: 'Karin', lastName: 'Lund', email: 'karin.lund@kommun.se' });
    expect(view.conference).toMatchObject({ id: conference.id, titleSv: 'Testkonferensen', registrationOpen: true });
    expect(view.members.map((m) => [m.email, m.status, m.waitlistPosition])).toEqual([
      ['medlemg1@kommun.se', 'confirmed', null],
      ['medlemg2@kommun.se', 'confirmed', null],
      ['medlemg3@kommun.se', 'waitlisted', 1],
    ]);
    expect(JSON.stringify(view)).not.toContain(created.body.registrations[0].manageToken);

    const added = await t.http.post(`/api/registration-groups/${token}/members`).send(member('g4')).expect(201);
    expect(added.body).toMatchObject({ email: 'medlemg4@kommun.se', status: 'waitlisted', waitlistPosition: 2 });
    expect((await outboxFor('medlemg4@kommun.se'))[0].subject).toBe('Reservlista: Testkonferensen');
    const dup = await t.http.post(`/api/registration-groups/${token}/members`).send(member('g4')).expect(409);
    expect(dup.body).toMatchObject({ code: 'groups.member-already-registered', params: { email: 'medlemg4@kommun.se' } });

    const after = await t.http.delete(`/api/registration-groups/${token}/members/${created.body.registrations[0].id}`).expect(200);
    expect((after.body as RegistrationGroupResponse).members.map((m) => [m.email, m.status, m.waitlistPosition])).toEqual([
      ['medlemg1@kommun.se', 'cancelled', null],
      ['medlemg2@kommun.se', 'confirmed', null],
      ['medlemg3@kommun.se', 'confirmed', null],
      ['medlemg4@kommun.se', 'waitlisted', 1],
    ]);
    expect(await counts(t, conference.id)).toEqual({ confirmed: 2, waitlisted: 1, counter: 2 });
    expect((await outboxFor('medlemg3@kommun.se')).map((m) => m.subject)).toContain('Du har fått en plats: Testkonferensen');
  });

  it('answers 404 for an unknown or malformed group link, and for a registration outside the group', async () => {
    const conference = await createConference(t, committee, { capacity: 5 });
    const created = await registerGroup(conference.id, groupBody([member('n1')])).expect(201);
    const other = await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('outsider')).expect(201);
    const unknown = 'A'.repeat(43);
    for (const token of [unknown, 'kort', created.body.registrations[0].manageToken]) {
      const res = await t.http.get(`/api/registration-groups/${token}`).expect(404);
      expect(res.body.code).toBe('groups.not-found');
    }
    await t.http.post(`/api/registration-groups/${unknown}/members`).send(member('n2')).expect(404);
    await t.http.delete(`/api/registration-groups/${unknown}/members/${created.body.registrations[0].id}`).expect(404);
    const outside = await t.http.delete(`/api/registration-groups/${created.body.groupToken}/members/${other.body.id}`).expect(404);
    expect(outside.body.code).toBe('groups.member-not-found');
    await t.http.delete(`/api/registration-groups/${created.body.groupToken}/members/not-a-uuid`).expect(404);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM registrations WHERE id = $1`, [other.body.id]);
    expect(status).toBe('confirmed');
  });

  it('many groups and single registrations at once on a small conference never overbook', async () => {
    const conference = await createConference(t, committee, { capacity: 6 });
    const responses = await groupRace(t, conference.id, 'r');
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    expect(await counts(t, conference.id)).toEqual({ confirmed: 6, waitlisted: 30 + 10 - 6, counter: 6 });
    const final: { id: string; p: number }[] = await t.dataSource.query(
      `SELECT id, (SELECT count(*)::int FROM registrations w WHERE w.conference_id = r.conference_id AND w.status = 'waitlisted' AND w.waitlist_rank <= r.waitlist_rank) AS p
         FROM registrations r WHERE r.conference_id = $1 AND r.status = 'waitlisted'`,
      [conference.id],
    );
    const oneToN = Array.from({ length: 34 }, (_, i) => i + 1);
    expect(final.map((r) => r.p).sort((a, b) => a - b)).toEqual(oneToN);
    // The position each request was told is the place right then (ADR 0009): never worse than the final one.
    const place = new Map(final.map((r) => [r.id, r.p]));
    const told: { id: string; status: string; waitlistPosition: number }[] = responses.flatMap((r) => r.body.registrations ?? [r.body]);
    const waiting = told.filter((r) => r.status === 'waitlisted');
    expect(waiting).toHaveLength(34);
    expect(waiting.filter((r) => !(r.waitlistPosition >= 1 && r.waitlistPosition <= (place.get(r.id) ?? 0)))).toEqual([]);
    // Within a group, the seats went to the first members.
    for (const group of responses.filter((r) => r.body.registrations)) {
      const statuses: string[] = group.body.registrations.map((r: { status: string }) => r.status);
      expect([...statuses].sort()).toEqual(statuses);
    }
  }, 180_000);
});

/** Ten groups of three and ten single registrations, interleaved, four requests in flight. */
function groupRace(t: TestApp, conferenceId: string, prefix: string) {
  const requests = Array.from({ length: 10 }, (_, i) => [
    () =>
      t.http.post(`/api/conferences/${conferenceId}/group-registrations`).send(
        groupBody([member(`${prefix}${i}a`), member(`${prefix}${i}b`), member(`${prefix}${i}c`)], {
          contact: { firstName: 'Kim', lastName: 'Kontakt', email: `kontakt-${prefix}${i}@kommun.se` },
        }),
      ),
    () => t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(`${prefix}s${i}`)),
  ]).flat();
  return race(requests, 4);
}

describe('group registrations, negative control: capacity guard switched off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { registrations: { unsafeSkipCapacityGuard: true } });
  });
  afterAll(() => t.close());

  it('the same race overbooks, so the test above can catch a broken guard', async () => {
    const committee = await t.login(DEMO.committee);
    const conference = await createConference(t, committee, { capacity: 6 });
    const responses = await groupRace(t, conference.id, 'u');
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const { confirmed } = await counts(t, conference.id);
    expect(confirmed).toBeGreaterThan(6);
  }, 180_000);
});
