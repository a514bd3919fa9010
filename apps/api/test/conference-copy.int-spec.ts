import type { DraftAgendaResponse } from '@samverkan/agenda/contract';
import { ConferenceEvents } from '@samverkan/conferences/api';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { ReminderResponse } from '@samverkan/messaging/contract';
import { refused } from '@samverkan/shared/api-http';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

/**
 * Copying a conference into a new draft. The original runs Friday 28 March to Monday 31 March 2031, over
 * the change to summer time; the copy starts Friday 24 October 2031 and runs over the change back. Every
 * date keeps its Stockholm wall-clock time, which a plain millisecond shift would not do.
 */
describe('copying a conference', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let original: ConferenceResponse;
  const as = (bearer: string) => ({ Authorization: bearer });

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    original = await scene();
  });
  afterAll(() => t.close());

  async function scene(): Promise<ConferenceResponse> {
    const conference = await createConference(t, committee, {
      titleSv: 'Vårkonferensen 2031',
      capacity: 40,
      startsAt: '2031-03-28T09:00:00+01:00',
      endsAt: '2031-03-31T16:00:00+02:00',
      registrationOpensAt: '2026-11-02T08:00:00+01:00',
      registrationClosesAt: '2031-03-21T12:00:00+01:00',
      focusAreaCodes: ['skills', 'infrastructure'],
    });
    const post = (path: string, body: object) => t.http.post(`/api/conferences/${conference.id}${path}`).set(as(committee)).send(body);
    const hall = (await post('/rooms', { name: 'Stora salen', capacity: 300, accessibilityNotes: 'Hörslinga' }).expect(201)).body;
    const eva = (
      await t.http.post('/api/speakers').set(as(committee)).send({ name: 'Eva Elnät', organisation: 'Svenska kraftnät' }).expect(201)
    ).body;
    const studio = (await post('/rooms', { name: 'Studion', capacity: 25 }).expect(201)).body;
    const energy = (await post('/themes', { titleSv: 'Elnätet', titleEn: 'The grid', focusAreaCodes: ['infrastructure'] }).expect(201))
      .body;
    await post('/themes', { titleSv: 'Kompetens', focusAreaCodes: ['skills'] }).expect(201);
    const workshop = (
      await post('/agenda/items', {
        titleSv: 'Verkstad om elnätet',
        type: 'workshop',
        startsAt: '2031-03-28T10:00:00+01:00',
        endsAt: '2031-03-28T11:30:00+01:00',
        roomId: studio.id,
        themeId: energy.id,
        speakerIds: [eva.id],
        focusAreaCodes: ['infrastructure'],
        signupRequired: true,
        signupCapacity: 20,
      }).expect(201)
    ).body;
    await post('/agenda/items', {
      titleSv: 'Avslutning',
      type: 'keynote',
      startsAt: '2031-03-31T14:00:00+02:00',
      endsAt: '2031-03-31T15:00:00+02:00',
      roomId: hall.id,
    }).expect(201);
    await post('/agenda/items', { titleSv: 'Studiebesök, tid kommer', type: 'study-visit' }).expect(201);
    await post('/agenda/publish', {}).expect(200);
    await t.http
      .put(`/api/conferences/${conference.id}/reminders`)
      .set(as(committee))
      .send({
        reminders: [
          { daysBefore: 7, textSv: 'En vecka kvar.' },
          { sendAt: '2031-03-14T09:00:00+01:00', textSv: 'Glöm inte att anmäla dig.', textEn: 'Remember to register.' },
        ],
      })
      .expect(200);
    // As if the fixed-time reminder had gone out.
    await t.dataSource.query(`UPDATE conference_reminders SET sent_at = now() WHERE conference_id = $1 AND send_at IS NOT NULL`, [
      conference.id,
    ]);
    await t.http
      .put(`/api/conferences/${conference.id}/evaluation/settings`)
      .set(as(committee))
      .send({ closesAt: '2031-04-20T17:00:00+02:00' })
      .expect(200);
    const tokens: string[] = [];
    for (const n of [1, 2]) {
      tokens.push(
        (
          await t.http
            .post(`/api/conferences/${conference.id}/registrations`)
            .send(registrationBody(`copy${n}`))
            .expect(201)
        ).body.manageToken,
      );
    }
    await t.http.post(`/api/registrations/${tokens[0]}/sessions`).send({ agendaItemId: workshop.id }).expect(201);
    return (await t.http.get(`/api/conferences/${conference.id}`).set(as(committee)).expect(200)).body;
  }

  const count = async (sql: string, id: string): Promise<number> => Number((await t.dataSource.query(sql, [id]))[0].count);

  it('makes a draft with the same settings, themes, rooms, programme and reminders, each date at its Stockholm wall-clock time', async () => {
    const res = await t.http
      .post(`/api/conferences/${original.id}/copy`)
      .set(as(committee))
      .send({ startsAt: '2031-10-24T09:00:00+02:00' })
      .expect(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'draft' });
    expect(res.body.id).not.toBe(original.id);
    const id: string = res.body.id;

    const copy: ConferenceResponse = (await t.http.get(`/api/conferences/${id}`).set(as(committee)).expect(200)).body;
    expect(copy).toMatchObject({
      status: 'draft',
      titleSv: 'Vårkonferensen 2031',
      titleEn: original.titleEn,
      venue: original.venue,
      capacity: 40,
      confirmedCount: 0,
      publishedAt: null,
      startsAt: '2031-10-24T09:00:00+02:00',
      // Across the change back to winter time: still 16:00 on the fourth day.
      endsAt: '2031-10-27T16:00:00+01:00',
      // Opened in winter, now in summer: still 08:00 (a shift by milliseconds gives 09:00).
      registrationOpensAt: '2027-05-31T08:00:00+02:00',
      registrationClosesAt: '2031-10-17T12:00:00+02:00',
    });
    expect(copy.focusAreas.map((f) => f.code).sort()).toEqual(['infrastructure', 'skills']);
    expect(copy.themes.map((theme) => [theme.titleSv, theme.titleEn, theme.focusAreas.map((f) => f.code)])).toEqual([
      ['Elnätet', 'The grid', ['infrastructure']],
      ['Kompetens', null, ['skills']],
    ]);
    expect(copy.themes.map((theme) => theme.id)).not.toEqual(expect.arrayContaining(original.themes.map((theme) => theme.id)));

    const agenda: DraftAgendaResponse = (await t.http.get(`/api/conferences/${id}/agenda`).set(as(committee)).expect(200)).body;
    expect(agenda.latestVersion).toBeNull();
    expect(agenda.rooms.map((room) => [room.name, room.capacity, room.accessibilityNotes, room.position])).toEqual([
      ['Stora salen', 300, 'Hörslinga', 0],
      ['Studion', 25, null, 1],
    ]);
    const byTitle = new Map(agenda.items.map((item) => [item.titleSv, item]));
    expect(byTitle.get('Verkstad om elnätet')).toMatchObject({
      conferenceId: id,
      type: 'workshop',
      startsAt: '2031-10-24T10:00:00+02:00',
      endsAt: '2031-10-24T11:30:00+02:00',
      roomId: agenda.rooms[1].id,
      roomName: 'Studion',
      themeId: copy.themes[0].id,
      // The same register entry; invitations stay with the original's items.
      speakers: [{ id: expect.any(String), name: 'Eva Elnät', title: null, organisation: 'Svenska kraftnät', invitation: 'not-invited' }],
      focusAreaCodes: ['infrastructure'],
      signupRequired: true,
      signupCapacity: 20,
      signupCount: 0,
      sourceProposalId: null,
    });
    // The last day was in summer time and is now in winter time: still 14:00.
    expect(byTitle.get('Avslutning')).toMatchObject({
      startsAt: '2031-10-27T14:00:00+01:00',
      endsAt: '2031-10-27T15:00:00+01:00',
      roomName: 'Stora salen',
    });
    expect(byTitle.get('Studiebesök, tid kommer')).toMatchObject({ startsAt: null, endsAt: null, roomId: null });
    expect(agenda.items).toHaveLength(3);

    const reminders: ReminderResponse[] = (await t.http.get(`/api/conferences/${id}/reminders`).set(as(committee)).expect(200)).body;
    expect(reminders.map((r) => [r.daysBefore, r.dueAt, r.textSv, r.textEn, r.sentAt, r.messageId])).toEqual([
      [null, '2031-10-10T09:00:00+02:00', 'Glöm inte att anmäla dig.', 'Remember to register.', null, null],
      [7, '2031-10-17T09:00:00+02:00', 'En vecka kvar.', null, null, null],
    ]);
    // The evaluation's close time staff set (a draft has no evaluation page yet); nobody invited.
    const [evaluation] = await t.dataSource.query(`SELECT closes_at, invited_at FROM conference_evaluations WHERE conference_id = $1`, [
      id,
    ]);
    expect(evaluation).toEqual({ closes_at: new Date('2031-11-16T17:00:00+01:00'), invited_at: null });

    // Nothing about people: no registrations, seats, sign-ups, published versions or messages.
    expect(await count(`SELECT count(*) FROM registrations WHERE conference_id = $1`, id)).toBe(0);
    expect(
      await count(`SELECT count(*) FROM session_signups s JOIN agenda_items i ON i.id = s.agenda_item_id WHERE i.conference_id = $1`, id),
    ).toBe(0);
    expect(await count(`SELECT count(*) FROM agenda_versions WHERE conference_id = $1`, id)).toBe(0);
    expect(await count(`SELECT count(*) FROM messages WHERE conference_id = $1`, id)).toBe(0);
    await t.http.get(`/api/conferences/${id}/programme`).set(as(committee)).expect(404);
    // The original is untouched.
    expect(await count(`SELECT count(*) FROM registrations WHERE conference_id = $1`, original.id)).toBe(2);
    expect((await t.http.get(`/api/conferences/${original.id}`).set(as(committee)).expect(200)).body).toEqual(original);
  });

  it('answers 404 for an unknown conference, 400 for a bad body, 401/403 without the capability, and writes nothing', async () => {
    const before = await rowCounts(t.dataSource);
    const body = { startsAt: '2032-03-26T09:00:00+01:00' };
    const unknown = await t.http
      .post('/api/conferences/00000000-0000-4000-8000-000000000000/copy')
      .set(as(committee))
      .send(body)
      .expect(404);
    expect(unknown.body.code).toBe('conferences.not-found');
    await t.http.post('/api/conferences/not-a-uuid/copy').set(as(committee)).send(body).expect(404);
    for (const bad of [
      {},
      { startsAt: '2032-03-26T09:00' },
      { startsAt: '2032-03-26' },
      { startsAt: null },
      { ...body, titleSv: 'Kopia' },
    ]) {
      const res = await t.http.post(`/api/conferences/${original.id}/copy`).set(as(committee)).send(bad).expect(400);
      expect(res.body.statusCode).toBe(400);
    }
    expect((await t.http.post(`/api/conferences/${original.id}/copy`).set(as(committee)).send({}).expect(400)).body.errors).toEqual({
      startsAt: 'isDateTime',
    });
    await t.http.post(`/api/conferences/${original.id}/copy`).send(body).expect(401);
    await t.http.post(`/api/conferences/${original.id}/copy`).set(as(council)).send(body).expect(403);
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('writes nothing when a later part of the copy fails: the conference, themes, rooms and programme roll back together', async () => {
    const before = await rowCounts(t.dataSource);
    // Registered last, so it runs after the programme and reminder copiers have written their rows.
    t.app.get(ConferenceEvents).onCopied(async () => {
      throw refused('conferences.dates-inconsistent');
    });
    await t.http
      .post(`/api/conferences/${original.id}/copy`)
      .set(as(committee))
      .send({ startsAt: '2032-03-26T09:00:00+01:00' })
      .expect(422);
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });
});
