import ICAL from 'ical.js';
import type { AgendaItemResponse, DraftAgendaResponse } from '@samverkan/agenda/contract';
import { registrationBody } from './support/factories';
import { programmeWithWorkshops } from './support/workshops';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

describe('session sign-up', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  const register = async (conferenceId: string, n: string) =>
    (await t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n)).expect(201)).body.manageToken as string;

  it('lets a participant pick sessions that do not overlap, shows them as my programme, and frees them on cancel', async () => {
    const { conference, w1, w2, w3 } = await programmeWithWorkshops(t, committee, 2);
    const token = await register(conference.id, 's1');
    await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w1.id }).expect(201);
    const overlap = await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w2.id }).expect(422);
    expect(overlap.body).toMatchObject({
      code: 'registrations.item-overlaps',
      message: 'Programpunkten krockar med ”Workshop 1”, som du redan har valt. Avboka den först om du vill byta.',
      errors: { agendaItemId: 'overlaps' },
    });
    const mine = await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w3.id }).expect(201);
    expect(mine.body.map((s: { titleSv: string }) => s.titleSv)).toEqual(['Workshop 1', 'Workshop 3']);
    expect((await t.http.get(`/api/registrations/${token}/sessions`).expect(200)).body).toHaveLength(2);

    const other = await register(conference.id, 's2');
    await t.http.post(`/api/registrations/${other}/sessions`).send({ agendaItemId: w1.id }).expect(201);
    const third = await register(conference.id, 's3');
    const full = await t.http.post(`/api/registrations/${third}/sessions`).send({ agendaItemId: w1.id }).expect(409);
    expect(full.body).toMatchObject({ code: 'registrations.item-full', errors: { agendaItemId: 'full' } });

    await t.http.delete(`/api/registrations/${token}`).expect(200);
    await t.http.post(`/api/registrations/${third}/sessions`).send({ agendaItemId: w1.id }).expect(201);
    const places: { registration_id: string | null }[] = await t.dataSource.query(
      `SELECT registration_id FROM session_seats WHERE agenda_item_id = $1 ORDER BY seat_no`,
      [w1.id],
    );
    expect(places.filter((p) => p.registration_id !== null)).toHaveLength(2);
    // The public counts follow the sign-ups, for published sessions only.
    const counts = (await t.http.get(`/api/conferences/${conference.id}/programme/signups`).expect(200)).body;
    expect(counts[w1.id]).toEqual({ taken: 2, capacity: 2 });
    expect(Object.keys(counts).sort()).toEqual([w1.id, w2.id, w3.id].sort());
    await t.http.delete(`/api/registrations/${third}/sessions/${w1.id}`).expect(200);
    expect((await t.http.get(`/api/registrations/${third}/sessions`)).body).toEqual([]);
  });

  it('warns about overlapping sign-ups after a move, and mails those signed up when a published session changes', async () => {
    const { conference, w1, w3 } = await programmeWithWorkshops(t, committee, 10);
    const token = await register(conference.id, 'mv1');
    await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w1.id }).expect(201);
    await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w3.id }).expect(201);
    const draft = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee))
      .body as DraftAgendaResponse;
    const current = draft.items.find((i) => i.id === w3.id) as AgendaItemResponse;
    await t.http
      .patch(`/api/agenda-items/${w3.id}`)
      .set('Authorization', committee)
      .send({
        version: current.version,
        startsAt: '2031-04-14T10:15:00+02:00',
        endsAt: '2031-04-14T11:15:00+02:00',
        roomId: draft.rooms[1].id,
      })
      .expect(200);
    const after = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee))
      .body as DraftAgendaResponse;
    expect(after.conflicts.map((c) => c.kind).sort()).toEqual(['room-double-booked', 'signup-overlap']);
    expect(after.conflicts.find((c) => c.kind === 'signup-overlap')?.itemIds.sort()).toEqual([w1.id, w3.id].sort());
    const published = await t.http
      .post(`/api/conferences/${conference.id}/agenda/publish`)
      .set('Authorization', committee)
      .send({ acknowledgeConflicts: true })
      .expect(200);
    expect(published.body.changes).toEqual([expect.objectContaining({ kind: 'moved', itemId: w3.id })]);
    // A later draft move shows in "my programme" only once published.
    const latest = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee))
      .body as DraftAgendaResponse;
    await t.http
      .patch(`/api/agenda-items/${w3.id}`)
      .set('Authorization', committee)
      .send({
        version: latest.items.find((i) => i.id === w3.id)?.version,
        startsAt: '2031-04-14T15:00:00+02:00',
        endsAt: '2031-04-14T16:00:00+02:00',
      })
      .expect(200);
    const mine = (await t.http.get(`/api/registrations/${token}/sessions`).expect(200)).body as {
      agendaItemId: string;
      startsAt: string;
    }[];
    expect(mine.find((m) => m.agendaItemId === w3.id)?.startsAt).toBe('2031-04-14T10:15:00+02:00');
    const mails = (await t.http.get('/api/outbox?to=personmv1@kommun.se').set('Authorization', admin)).body.items;
    expect(mails.map((m: { subject: string }) => m.subject)).toContain('Programändring: Workshop 3');
    expect(mails.find((m: { subject: string }) => m.subject === 'Programändring: Workshop 3').text).toContain(`/anmalan/${token}`);
    // The mail carries the session as an .ics with its new time, under the feeds' UID and a higher SEQUENCE.
    const [{ attachments }] = await t.dataSource.query(`SELECT attachments FROM outbox_messages WHERE "to" = $1 AND subject = $2`, [
      'personmv1@kommun.se',
      'Programändring: Workshop 3',
    ]);
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ filename: 'programpunkt.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
    const calendar = new ICAL.Component(ICAL.parse(attachments[0].content));
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const [event] = calendar.getAllSubcomponents('vevent');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.getFirstPropertyValue('uid')).toBe(`agenda-item-${w3.id}@samverkan`);
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2031-04-14T08:15:00.000Z');
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('judges overlap by the published programme, not by a draft move the participant cannot see', async () => {
    const { conference, w1, w2, w3 } = await programmeWithWorkshops(t, committee, 5);
    const token = await register(conference.id, 'pub1');
    await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w1.id }).expect(201);
    const draft = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee))
      .body as DraftAgendaResponse;
    const version = (id: string) => draft.items.find((i) => i.id === id)?.version;
    // In the draft, Workshop 2 moves away from Workshop 1 and Workshop 3 onto it; nothing is published yet.
    await t.http
      .patch(`/api/agenda-items/${w2.id}`)
      .set('Authorization', committee)
      .send({ version: version(w2.id), startsAt: '2031-04-14T15:00:00+02:00', endsAt: '2031-04-14T16:00:00+02:00' })
      .expect(200);
    await t.http
      .patch(`/api/agenda-items/${w3.id}`)
      .set('Authorization', committee)
      .send({ version: version(w3.id), startsAt: '2031-04-14T10:00:00+02:00', endsAt: '2031-04-14T11:00:00+02:00' })
      .expect(200);
    await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w2.id }).expect(422);
    await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w3.id }).expect(201);
  });

  it('refuses sign-up for sessions not published, not needing sign-up, or as a waitlisted person', async () => {
    const { conference, w1 } = await programmeWithWorkshops(t, committee, 5, 1);
    const seated = await register(conference.id, 'x1');
    const waiting = await register(conference.id, 'x2');
    const waitlisted = await t.http.post(`/api/registrations/${waiting}/sessions`).send({ agendaItemId: w1.id }).expect(422);
    expect(waitlisted.body.code).toBe('registrations.item-needs-confirmed');
    const unpublished = (
      await t.http
        .post(`/api/conferences/${conference.id}/agenda/items`)
        .set('Authorization', committee)
        .send({
          titleSv: 'Ny',
          type: 'workshop',
          startsAt: '2031-04-15T10:00:00+02:00',
          endsAt: '2031-04-15T11:00:00+02:00',
          signupRequired: true,
          signupCapacity: 5,
        })
        .expect(201)
    ).body;
    const notPublished = await t.http.post(`/api/registrations/${seated}/sessions`).send({ agendaItemId: unpublished.id }).expect(404);
    expect(notPublished.body.code).toBe('registrations.item-not-found');
    const unknownToken = await t.http
      .post(`/api/registrations/${'C'.repeat(43)}/sessions`)
      .send({ agendaItemId: w1.id })
      .expect(404);
    expect(unknownToken.body.code).toBe('registrations.not-found');
    await t.http.delete(`/api/registrations/${seated}/sessions/not-a-uuid`).expect(404);
    const open = (
      await t.http
        .post(`/api/conferences/${conference.id}/agenda/items`)
        .set('Authorization', committee)
        .send({ titleSv: 'Öppen föreläsning', type: 'keynote', startsAt: '2031-04-15T13:00:00+02:00', endsAt: '2031-04-15T14:00:00+02:00' })
        .expect(201)
    ).body;
    await t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    const noSignup = await t.http.post(`/api/registrations/${seated}/sessions`).send({ agendaItemId: open.id }).expect(422);
    expect(noSignup.body.code).toBe('registrations.item-without-signup');
    await t.http.post(`/api/registrations/${seated}/sessions`).send({ agendaItemId: 'nope' }).expect(400);
  });
});

describe('session sign-up race', () => {
  async function race(t: TestApp) {
    const committee = await t.login(DEMO.committee);
    const { conference, w1 } = await programmeWithWorkshops(t, committee, 20);
    const tokens = await Promise.all(
      Array.from(
        { length: 120 },
        async (_, i) =>
          (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody(`race${i}`))).body
            .manageToken as string,
      ),
    );
    const responses = await Promise.all(
      tokens.map((token) => t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w1.id })),
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM session_signups WHERE agenda_item_id = $1`, [w1.id]);
    return { responses, n };
  }

  it('120 people for 20 places: exactly 20 get one, the rest hear it is full', async () => {
    const t = await createTestApp();
    try {
      const { responses, n } = await race(t);
      expect(n).toBe(20);
      expect(responses.filter((r) => r.status === 201)).toHaveLength(20);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(100);
    } finally {
      await t.close();
    }
  });

  it('negative control: without the guard the same race overfills the session', async () => {
    const t = await createTestApp({}, { registrations: { unsafeSkipCapacityGuard: true } });
    try {
      const { n } = await race(t);
      expect(n).toBeGreaterThan(20);
    } finally {
      await t.close();
    }
  });
});
