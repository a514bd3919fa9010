import ICAL from 'ical.js';
import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/** Feeds are parsed with ical.js (the parser Thunderbird uses), independent of the generator. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // TZID references resolve through the feed's own VTIMEZONE, as a client would do it.
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent');
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  return { calendar, events, byUid };
}

const path = (url: string) => new URL(url).pathname;
const utc = (event: ICAL.Component, prop: 'dtstart' | 'dtend' = 'dtstart') =>
  (event.getFirstPropertyValue(prop) as ICAL.Time).toJSDate().toISOString();

function expectWellFormed(res: { headers: Record<string, string>; text: string }) {
  expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  expect(res.headers['etag']).toMatch(/^".+"$/);
  for (const line of res.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
}

describe('calendar feeds', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  /** A conference over the spring daylight-saving change (Sunday 2031-03-30, 02:00 → 03:00). */
  async function programme() {
    const conference = await createConference(t, committee, {
      titleSv: 'Vårkonferens om kompetensförsörjning, elnät och järnväg i små och medelstora industrikommuner',
      startsAt: '2031-03-29T09:00:00+01:00',
      endsAt: '2031-03-31T16:00:00+02:00',
    });
    await t.http
      .patch(`/api/conferences/${conference.id}`)
      .set('Authorization', committee)
      .send({ venue: 'Folkets hus', address: 'Storgatan 1, Sandviken' })
      .expect(200);
    const room = (
      await t.http
        .post(`/api/conferences/${conference.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Stora salen', capacity: 300 })
        .expect(201)
    ).body;
    const add = async (body: Record<string, unknown>) =>
      (
        await t.http
          .post(`/api/conferences/${conference.id}/agenda/items`)
          .set('Authorization', committee)
          .send({ type: 'seminar', roomId: room.id, ...body })
          .expect(201)
      ).body as AgendaItemResponse;
    const asa = (
      await t.http
        .post('/api/speakers')
        .set('Authorization', committee)
        .send({ name: 'Åsa Öberg', organisation: 'Sandvikens kommun' })
        .expect(201)
    ).body;
    const before = await add({
      titleSv: 'Öppning: Välkommen till Sandviken – kompetensförsörjning i små och medelstora industrikommuner',
      titleEn: 'Opening',
      type: 'keynote',
      startsAt: '2031-03-29T09:00:00+01:00',
      endsAt: '2031-03-29T10:00:00+01:00',
      speakerIds: [asa.id],
      focusAreaCodes: ['skills'],
    });
    const after = await add({
      titleSv: 'Elnätet efter omställningen',
      startsAt: '2031-03-31T09:00:00+02:00',
      endsAt: '2031-03-31T10:00:00+02:00',
      focusAreaCodes: ['infrastructure'],
    });
    const doomed = await add({
      titleSv: 'Studiebesök',
      type: 'study-visit',
      startsAt: '2031-03-31T13:00:00+02:00',
      endsAt: '2031-03-31T15:00:00+02:00',
    });
    const publish = () =>
      t.http
        .post(`/api/conferences/${conference.id}/agenda/publish`)
        .set('Authorization', committee)
        .send({ acknowledgeConflicts: true })
        .expect(200);
    return { conference, room, add, before, after, doomed, publish };
  }

  it('serves a conference programme: one event per item plus the conference, Stockholm times across DST, ETag', async () => {
    const { conference, before, after, doomed, add, publish } = await programme();
    await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200); // no programme yet: the conference alone
    await publish();
    await add({ titleSv: 'Utkast som inte är publicerat', startsAt: '2031-03-29T11:00:00+01:00', endsAt: '2031-03-29T12:00:00+01:00' });

    const res = await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200);
    expectWellFormed(res);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const { calendar, events, byUid } = parse(res.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(conference.titleSv);
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT1H');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    expect(events).toHaveLength(4); // three published items and the conference; never the unpublished draft item
    expect(res.text).not.toContain('Utkast');

    const whole = byUid.get(`conference-${conference.id}@samverkan`) as ICAL.Component;
    expect(whole.getFirstProperty('dtstart')?.type).toBe('date');
    expect(String(whole.getFirstPropertyValue('dtstart'))).toBe('2031-03-29');
    expect(String(whole.getFirstPropertyValue('dtend'))).toBe('2031-04-01');

    const opening = byUid.get(`agenda-item-${before.id}@samverkan`) as ICAL.Component;
    expect(res.text).toContain('DTSTART;TZID=Europe/Stockholm:20310329T090000');
    expect(utc(opening)).toBe('2031-03-29T08:00:00.000Z'); // CET, UTC+1
    expect(utc(byUid.get(`agenda-item-${after.id}@samverkan`) as ICAL.Component)).toBe('2031-03-31T07:00:00.000Z'); // CEST, UTC+2
    expect(new ICAL.Event(opening).summary).toBe(before.titleSv);
    expect(opening.getFirstPropertyValue('location')).toBe('Stora salen, Folkets hus, Storgatan 1, Sandviken');
    expect(opening.getFirstPropertyValue('url')).toBe(`${t.config.publicUrl}/program/punkt/${before.id}`);
    expect(opening.getFirstPropertyValue('description')).toContain('Åsa Öberg (Sandvikens kommun)');
    expect(opening.getAllProperties('categories').flatMap((p) => p.getValues())).toEqual(['Kompetensförsörjning för konkurrenskraft']);
    expect(opening.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(opening.getFirstPropertyValue('last-modified')).toBeTruthy();
    expect(opening.getFirstPropertyValue('dtstamp')).toBeTruthy();

    // Same data, same text: stable UIDs and a 304 for a client holding the ETag.
    const again = await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200);
    expect(again.text).toBe(res.text);
    await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).set('If-None-Match', `W/${res.headers['etag']}`).expect(304);

    // English on request.
    const english = parse((await t.http.get(`/api/conferences/${conference.id}/calendar.ics?lang=en`).expect(200)).text);
    expect(new ICAL.Event(english.byUid.get(`agenda-item-${before.id}@samverkan`) as ICAL.Component).summary).toBe('Opening');
    await t.http.get(`/api/conferences/${conference.id}/calendar.ics?lang=de`).expect(400);
    expect(doomed).toBeTruthy();
  });

  it('raises SEQUENCE after an edit and keeps a removed item as CANCELLED', async () => {
    const { conference, before, after, doomed, publish } = await programme();
    await publish();
    const first = parse((await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200)).text);
    const seq = (p: ReturnType<typeof parse>, id: string) =>
      Number(p.byUid.get(`agenda-item-${id}@samverkan`)?.getFirstPropertyValue('sequence'));

    const current = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee).expect(200)).body;
    const version = current.items.find((i: AgendaItemResponse) => i.id === before.id).version;
    await t.http
      .patch(`/api/agenda-items/${before.id}`)
      .set('Authorization', committee)
      .send({ version, startsAt: '2031-03-29T10:00:00+01:00', endsAt: '2031-03-29T11:00:00+01:00' })
      .expect(200);
    await t.http.delete(`/api/agenda-items/${doomed.id}`).set('Authorization', committee).expect(204);
    await publish();

    const second = parse((await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200)).text);
    expect(second.events).toHaveLength(4);
    expect(seq(second, before.id)).toBeGreaterThan(seq(first, before.id));
    expect(utc(second.byUid.get(`agenda-item-${before.id}@samverkan`) as ICAL.Component)).toBe('2031-03-29T09:00:00.000Z');
    expect(seq(second, after.id)).toBe(seq(first, after.id)); // untouched: same SEQUENCE, same LAST-MODIFIED
    expect(String(second.byUid.get(`agenda-item-${after.id}@samverkan`)?.getFirstPropertyValue('last-modified'))).toBe(
      String(first.byUid.get(`agenda-item-${after.id}@samverkan`)?.getFirstPropertyValue('last-modified')),
    );
    const removed = second.byUid.get(`agenda-item-${doomed.id}@samverkan`) as ICAL.Component;
    expect(removed.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(seq(second, doomed.id)).toBeGreaterThan(seq(first, doomed.id));

    // The item's own feed follows along.
    const own = parse((await t.http.get(`/api/agenda-items/${doomed.id}/calendar.ics`).expect(200)).text);
    expect(own.events).toHaveLength(1);
    expect(own.events[0].getFirstPropertyValue('status')).toBe('CANCELLED');
    const moved = parse((await t.http.get(`/api/agenda-items/${before.id}/calendar.ics`).expect(200)).text);
    expect(moved.events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`agenda-item-${before.id}@samverkan`]);
  });

  it('answers 404 for drafts, unknown items and areas, and malformed ids', async () => {
    const draft = await createConference(t, committee, {}, false);
    const hidden = await t.http.get(`/api/conferences/${draft.id}/calendar.ics`).expect(404);
    expect(hidden.body).toMatchObject({ code: 'calendar.conference-not-found', message: 'Konferensen finns inte.' });
    expect((await t.http.get(`/api/conferences/not-a-uuid/calendar.ics`).expect(404)).body.code).toBe('request.not-found');
    expect((await t.http.get(`/api/agenda-items/not-a-uuid/calendar.ics`).expect(404)).body.code).toBe('request.not-found');
    const unknown = await t.http.get(`/api/agenda-items/00000000-0000-4000-8000-000000000000/calendar.ics`).expect(404);
    expect(unknown.body.code).toBe('calendar.item-not-published');
    // An item that was never published has no feed.
    const { add } = await programme();
    const unpublished = await add({ titleSv: 'Hemlig', startsAt: '2031-03-29T13:00:00+01:00', endsAt: '2031-03-29T14:00:00+01:00' });
    expect((await t.http.get(`/api/agenda-items/${unpublished.id}/calendar.ics`).expect(404)).body.code).toBe(
      'calendar.item-not-published',
    );
    const area = await t.http.get('/api/calendar/focus-areas/nonsense.ics').set('Accept-Language', 'en').expect(404);
    expect(area.body).toMatchObject({
      code: 'calendar.unknown-focus-area',
      message: 'That focus area does not exist. Choose one of the focus areas in the list.',
    });
    expect((await t.http.get('/api/calendar/focus-areas/skills').expect(404)).body.code).toBe('calendar.unknown-focus-area');
  });

  it('serves published items of every conference tagged with a focus area', async () => {
    const one = await programme();
    await one.publish();
    const res = await t.http.get('/api/calendar/focus-areas/skills.ics').expect(200);
    expectWellFormed(res);
    const { calendar, byUid } = parse(res.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samverkan: Kompetensförsörjning för konkurrenskraft');
    expect(byUid.has(`agenda-item-${one.before.id}@samverkan`)).toBe(true);
    expect(byUid.has(`agenda-item-${one.after.id}@samverkan`)).toBe(false); // tagged infrastructure
    for (const event of byUid.values())
      expect(event.getAllProperties('categories').flatMap((p) => p.getValues())).toContain('Kompetensförsörjning för konkurrenskraft');
  });

  it('builds a 500-item feed with at most 3 queries', async () => {
    const { conference, room, publish } = await programme();
    await t.dataSource.query(
      `INSERT INTO agenda_items (conference_id, title_sv, type, starts_at, ends_at, room_id)
       SELECT $1, 'Punkt ' || i, 'seminar', '2031-03-29T08:00:00Z'::timestamptz + (i || ' minutes')::interval,
              '2031-03-29T08:00:00Z'::timestamptz + ((i + 1) || ' minutes')::interval, $2
         FROM generate_series(1, 497) AS i`,
      [conference.id, room.id],
    );
    await t.dataSource.query(
      `WITH s AS (INSERT INTO speakers (name) VALUES ('Talare Ö') RETURNING id)
       INSERT INTO agenda_item_speakers (agenda_item_id, speaker_id, position)
       SELECT i.id, s.id, 0 FROM agenda_items i, s WHERE i.conference_id = $1 AND i.title_sv LIKE 'Punkt %'`,
      [conference.id],
    );
    await publish();
    t.queries.reset();
    const res = await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200);
    expect(t.queries.queries).toBeLessThanOrEqual(3);
    expect(parse(res.text).events).toHaveLength(501);
    // The same inputs again: one small query finds the built feed is still current.
    t.queries.reset();
    expect((await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200)).text).toBe(res.text);
    expect(t.queries.queries).toBe(1);
  });

  it('keeps hostile titles (old rows with line breaks and control characters) inside their own lines in every feed and mail', async () => {
    const { conference, room, before, after, doomed, publish } = await programme();
    const evil = (what: string) =>
      `${what}\r\nBEGIN:VEVENT\r\nUID:evil-${what}@example\r\nDTSTART:20310329T070000Z\r\nSUMMARY:Logga in\r\nURL:http://evil.example/login\r\nEND:VEVENT\r\nEND:VCALENDAR\rBEGIN:VEVENT\n\t\u0007X`;
    const shown = (what: string) =>
      `${what} BEGIN:VEVENT UID:evil-${what}@example DTSTART:20310329T070000Z SUMMARY:Logga in URL:http://evil.example/login END:VEVENT END:VCALENDAR BEGIN:VEVENT  X`;
    // Written straight into the database, as data stored before the API refused such titles.
    await t.dataSource.query(`UPDATE agenda_items SET title_sv = $2 WHERE id = $1`, [before.id, evil('Fika')]);
    await t.dataSource.query(`UPDATE rooms SET name = $2 WHERE id = $1`, [room.id, evil('Sal')]);
    await t.dataSource.query(`UPDATE conferences SET title_sv = $2 WHERE id = $1`, [conference.id, evil('Konferens')]);
    await publish();

    const item = parse((await t.http.get(`/api/agenda-items/${before.id}/calendar.ics`).expect(200)).text);
    expect(item.events).toHaveLength(1);
    expect([...item.byUid.keys()]).toEqual([`agenda-item-${before.id}@samverkan`]);
    expect(item.calendar.getFirstPropertyValue('x-wr-calname')).toBe(shown('Fika'));
    expect(item.calendar.getFirstPropertyValue('name')).toBe(shown('Fika'));
    expect(new ICAL.Event(item.events[0]).summary).toBe(shown('Fika'));
    expect(String(item.events[0].getFirstPropertyValue('location')).startsWith(`${shown('Sal')}, `)).toBe(true);

    const feed = parse((await t.http.get(`/api/conferences/${conference.id}/calendar.ics`).expect(200)).text);
    expect(feed.events).toHaveLength(4); // the three items and the conference
    expect([...feed.byUid.keys()].sort()).toEqual(
      [conference.id, before.id, after.id, doomed.id]
        .map((id) => (id === conference.id ? `conference-${id}@samverkan` : `agenda-item-${id}@samverkan`))
        .sort(),
    );
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe(shown('Konferens'));
    expect(feed.calendar.getAllProperties('url')).toHaveLength(0);

    // A personal feed and the confirmation mail's attachment carry the conference title too.
    const reg = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('calevil')).expect(201)).body;
    const personal = parse((await t.http.get(path(reg.calendarUrl)).expect(200)).text);
    expect(personal.events).toHaveLength(1);
    expect(personal.calendar.getFirstPropertyValue('x-wr-calname')).toBe(shown('Konferens'));
    const [{ attachments }] = await t.dataSource.query(
      `SELECT attachments FROM outbox_messages WHERE subject_ref = $1 ORDER BY created_at LIMIT 1`,
      [`registration:${reg.id}`],
    );
    const attached = parse(attachments[0].content);
    expect(attached.events).toHaveLength(1);
    expect(attached.calendar.getFirstPropertyValue('x-wr-calname')).toBe(shown('Konferens'));
  });
});

describe('personal calendar feed of a registration', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  /** A one-day conference with a workshop room; `workshop` adds an hour-long workshop with 20 places. */
  async function workshopDay(day: string) {
    const conference = await createConference(t, committee, { startsAt: `${day}T09:00:00+02:00`, endsAt: `${day}T17:00:00+02:00` });
    const room = (
      await t.http
        .post(`/api/conferences/${conference.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Verkstaden', capacity: 30 })
        .expect(201)
    ).body;
    const workshop = async (titleSv: string, hour: number) =>
      (
        await t.http
          .post(`/api/conferences/${conference.id}/agenda/items`)
          .set('Authorization', committee)
          .send({
            titleSv,
            type: 'workshop',
            roomId: room.id,
            startsAt: `${day}T${hour}:00:00+02:00`,
            endsAt: `${day}T${hour + 1}:00:00+02:00`,
            signupRequired: true,
            signupCapacity: 20,
          })
          .expect(201)
      ).body as AgendaItemResponse;
    return { conference, workshop };
  }

  it('serves the conference from calendarUrl, follows the registration, and supports ETag', async () => {
    const conference = await createConference(t, committee, {
      capacity: 1,
      titleSv: 'Konferens om järnväg, elnät och kompetensförsörjning i hela landet – två dagar med studiebesök',
      startsAt: '2031-03-29T09:00:00+02:00',
      endsAt: '2031-03-29T16:00:00+02:00',
    });
    const first = await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('cal1')).expect(201);
    const second = await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('cal2')).expect(201);

    const res = await t.http.get(path(first.body.calendarUrl)).expect(200);
    expectWellFormed(res);
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    const { calendar, events } = parse(res.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(conference.titleSv);
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe(conference.titleSv);
    expect(event.uid).toBe(`conference-${conference.id}@samverkan`);
    expect(String(events[0].getFirstPropertyValue('dtstart'))).toBe('2031-03-29');
    expect(events[0].getFirstPropertyValue('status')).toBe('CONFIRMED');

    // The confirmation mail carries the same event as an .ics attachment.
    const [{ attachments }] = await t.dataSource.query(
      `SELECT attachments FROM outbox_messages WHERE subject_ref = $1 ORDER BY created_at LIMIT 1`,
      [`registration:${first.body.id}`],
    );
    const attached = parse(attachments[0].content);
    expect(attachments[0].filename).toBe('konferens.ics');
    expect(attached.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(attached.events[0].getFirstPropertyValue('uid')).toBe(`conference-${conference.id}@samverkan`);
    expect(attached.events[0].getFirstPropertyValue('status')).toBe('CONFIRMED');

    const waitlisted = parse((await t.http.get(path(second.body.calendarUrl)).expect(200)).text);
    expect(waitlisted.events[0].getFirstPropertyValue('status')).toBe('TENTATIVE');

    await t.http.get(path(first.body.calendarUrl)).set('If-None-Match', res.headers['etag']).expect(304);
    const sequenceBefore = Number(events[0].getFirstPropertyValue('sequence'));
    await new Promise((r) => setTimeout(r, 1100));
    await t.http.delete(`/api/registrations/${first.body.manageToken}`).expect(200);
    const after = await t.http.get(path(first.body.calendarUrl)).set('If-None-Match', res.headers['etag']).expect(200);
    const cancelled = parse(after.text).events[0];
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(Number(cancelled.getFirstPropertyValue('sequence'))).toBeGreaterThan(sequenceBefore);
    // The promoted person's feed now says confirmed.
    expect(parse((await t.http.get(path(second.body.calendarUrl))).text).events[0].getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('lists the sessions the person chose, and a rotated link replaces the old one', async () => {
    const { conference, workshop } = await workshopDay('2031-05-12');
    const chosen = await workshop('Workshop om elnät', 10);
    const other = await workshop('Workshop om bostäder', 13);
    await t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    const reg = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('cal3')).expect(201)).body;
    await t.http.post(`/api/registrations/${reg.manageToken}/sessions`).send({ agendaItemId: chosen.id }).expect(201);

    const feed = parse((await t.http.get(path(reg.calendarUrl)).expect(200)).text);
    expect([...feed.byUid.keys()].sort()).toEqual([`agenda-item-${chosen.id}@samverkan`, `conference-${conference.id}@samverkan`].sort());
    expect(feed.byUid.has(`agenda-item-${other.id}@samverkan`)).toBe(false);

    const rotated = await t.http.post(`/api/registrations/${reg.manageToken}/calendar-token`).expect(200);
    expect(rotated.body.url).not.toBe(reg.calendarUrl);
    await t.http.get(path(reg.calendarUrl)).expect(404);
    await t.http.get(path(rotated.body.url)).expect(200);
    expect((await t.http.get(`/api/registrations/${reg.manageToken}`).expect(200)).body.calendarUrl).toBe(rotated.body.url);
    const unknown = await t.http.post(`/api/registrations/${'A'.repeat(43)}/calendar-token`).expect(404);
    expect(unknown.body.code).toBe('calendar.registration-not-found');
  });

  it('keeps sessions given up or removed as CANCELLED, mails the removal, and takes a new sign-up back', async () => {
    const { conference, workshop } = await workshopDay('2031-06-02');
    const [left, removed, kept] = [
      await workshop('Workshop om vätgas', 10),
      await workshop('Workshop om bostäder', 13),
      await workshop('Workshop om elnät', 15),
    ];
    const publish = () =>
      t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    await publish();
    const reg = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('cal4')).expect(201)).body;
    for (const item of [left, removed, kept])
      await t.http.post(`/api/registrations/${reg.manageToken}/sessions`).send({ agendaItemId: item.id }).expect(201);
    const uid = (item: { id: string }) => `agenda-item-${item.id}@samverkan`;
    const feed = async () => parse((await t.http.get(path(reg.calendarUrl)).expect(200)).text).byUid;
    const status = (events: Map<string, ICAL.Component>, item: { id: string }) => events.get(uid(item))?.getFirstPropertyValue('status');
    const sequence = (events: Map<string, ICAL.Component>, item: { id: string }) =>
      Number(events.get(uid(item))?.getFirstPropertyValue('sequence'));
    const before = await feed();
    expect([left, removed, kept].map((item) => status(before, item))).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);

    // Withdrawn by the person: still in the feed, CANCELLED, with a higher SEQUENCE.
    await t.http.delete(`/api/registrations/${reg.manageToken}/sessions/${left.id}`).expect(200);
    let now = await feed();
    expect(status(now, left)).toBe('CANCELLED');
    expect(sequence(now, left)).toBeGreaterThan(sequence(before, left));
    expect(status(now, kept)).toBe('CONFIRMED');

    // Deleted from the draft (the sign-up goes with it) and published: CANCELLED, and the change mail reaches them.
    await t.http.delete(`/api/agenda-items/${removed.id}`).set('Authorization', committee).expect(204);
    expect(status(await feed(), removed)).toBe('CANCELLED');
    await publish();
    now = await feed();
    expect(status(now, removed)).toBe('CANCELLED');
    expect(sequence(now, removed)).toBeGreaterThan(sequence(before, removed));
    const mails: { subject: string }[] = await t.dataSource.query(`SELECT subject FROM outbox_messages WHERE subject_ref = $1`, [
      `registration:${reg.id}`,
    ]);
    expect(mails.map((m) => m.subject)).toContain('Programändring: Workshop om bostäder');

    // Signing up again takes the withdrawal back.
    await t.http.post(`/api/registrations/${reg.manageToken}/sessions`).send({ agendaItemId: left.id }).expect(201);
    expect(status(await feed(), left)).toBe('CONFIRMED');

    // Cancelling the registration gives every place up: the conference and its sessions are CANCELLED.
    await t.http.delete(`/api/registrations/${reg.manageToken}`).expect(200);
    now = await feed();
    expect([left, removed, kept].map((item) => status(now, item))).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(now.get(`conference-${conference.id}@samverkan`)?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('answers 404 for unknown tokens', async () => {
    for (const file of ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', `${'A'.repeat(43)}.ics`, 'x.ics', 'x']) {
      const res = await t.http.get(`/api/calendar/registrations/${file}`).expect(404);
      expect(res.body.code).toBe('calendar.feed-not-found');
    }
    expect((await t.http.get(`/api/calendar/meetings/${'A'.repeat(43)}.ics`).expect(404)).body.code).toBe('calendar.feed-not-found');
  });
});

describe('committee meeting feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives committee members a personal link to every meeting, rotatable; others get 401/403', async () => {
    const committee = await t.login(DEMO.committee);
    await t.http.get('/api/calendar/me/meetings').expect(401);
    await t.http
      .get('/api/calendar/me/meetings')
      .set('Authorization', await t.login(DEMO.council))
      .expect(403);
    const link = (await t.http.get('/api/calendar/me/meetings').set('Authorization', committee).expect(200)).body.url as string;
    expect((await t.http.get('/api/calendar/me/meetings').set('Authorization', committee).expect(200)).body.url).toBe(link);

    const meeting = await t.http
      .post('/api/meetings')
      .set('Authorization', committee)
      .send({
        title: 'Arbetsutskottets möte i oktober',
        startsAt: '2031-10-27T13:00:00+01:00',
        place: 'Stadshuset, Fagersta',
        participantIds: [],
      })
      .expect(201);
    const res = await t.http.get(path(link)).expect(200);
    expectWellFormed(res);
    const { byUid } = parse(res.text);
    const event = byUid.get(`meeting-${meeting.body.id}@samverkan`) as ICAL.Component;
    expect(new ICAL.Event(event).summary).toBe('Arbetsutskottets möte i oktober');
    expect(utc(event)).toBe('2031-10-27T12:00:00.000Z');
    expect(utc(event, 'dtend')).toBe('2031-10-27T14:00:00.000Z');
    expect(event.getFirstPropertyValue('location')).toBe('Stadshuset, Fagersta');

    const rotated = (await t.http.post('/api/calendar/me/meetings/rotate').set('Authorization', committee).expect(200)).body.url as string;
    expect(rotated).not.toBe(link);
    expect((await t.http.get(path(link)).expect(404)).body.code).toBe('calendar.feed-not-found');
    await t.http.get(path(rotated)).expect(200);
  });

  it('stops the feed of someone who no longer manages meetings, and gives it back with the role', async () => {
    const admin = await t.login(DEMO.admin);
    const member = (
      await t.http
        .post('/api/users')
        .set('Authorization', admin)
        .send({
          email: 'au-ledamot@example.se',
          name: 'Åke Ledamot',
          roles: ['working-committee'],
          password: 'Fagersta-sommar-2031-ledamot',
        })
        .expect(201)
    ).body;
    const own = await t.login('au-ledamot@example.se', 'Fagersta-sommar-2031-ledamot');
    const link = (await t.http.get('/api/calendar/me/meetings').set('Authorization', own).expect(200)).body.url as string;
    await t.http.get(path(link)).expect(200);
    await t.http
      .patch(`/api/users/${member.id}`)
      .set('Authorization', admin)
      .send({ roles: ['programme-council'] })
      .expect(200);
    expect((await t.http.get(path(link)).expect(404)).body.code).toBe('calendar.feed-not-found');
    await t.http
      .patch(`/api/users/${member.id}`)
      .set('Authorization', admin)
      .send({ roles: ['admin'] })
      .expect(200);
    await t.http.get(path(link)).expect(200);
  });
});
