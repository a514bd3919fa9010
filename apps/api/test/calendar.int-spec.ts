import ICAL from 'ical.js';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/** Feeds are parsed with ical.js (the parser Thunderbird uses), independent of the generator. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('personal calendar feed of a registration', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  it('serves the conference from calendarUrl, follows the registration, and supports ETag', async () => {
    const conference = await createConference(t, committee, {
      capacity: 1,
      titleSv: 'Konferens om järnväg, elnät och kompetensförsörjning i hela landet – två dagar med studiebesök',
      startsAt: '2031-03-29T09:00:00+02:00',
      endsAt: '2031-03-29T16:00:00+02:00',
    });
    const first = await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('cal1')).expect(201);
    const second = await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('cal2')).expect(201);
    const path = (url: string) => new URL(url).pathname;

    const res = await t.http.get(path(first.body.calendarUrl)).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    for (const line of res.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { calendar, events } = parse(res.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(conference.titleSv);
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe(conference.titleSv);
    expect(event.uid).toBe(`conference-${conference.id}@samverkan`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-03-29T07:00:00.000Z');
    expect(events[0].getFirstPropertyValue('status')).toBe('CONFIRMED');

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

  it('answers 404 for unknown tokens', async () => {
    await t.http.get('/api/calendar/registrations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics').expect(404);
    await t.http.get('/api/calendar/registrations/x.ics').expect(404);
  });
});
