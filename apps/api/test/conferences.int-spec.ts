import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { conferenceBody, createConference } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

describe('conferences', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
  });
  afterAll(() => t.close());

  it('creates a draft with focus areas, invisible to the public until published', async () => {
    const draft = await createConference(
      t,
      committee,
      {
        titleSv: 'Höstkonferensen',
        startsAt: '2031-10-01T09:00:00+02:00',
        endsAt: '2031-10-02T16:00:00+02:00',
      },
      false,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      titleSv: 'Höstkonferensen',
      startsAt: '2031-10-01T09:00:00+02:00',
      seatsLeft: 10,
    });
    expect(draft.focusAreas.map((f) => f.code)).toEqual(['skills', 'cooperation']);

    expect((await t.http.get(`/api/conferences/${draft.id}`).expect(404)).body).toMatchObject({
      code: 'conferences.not-found',
      message: 'Konferensen finns inte. Välj en konferens i listan.',
    });
    await t.http.get('/api/conferences/not-a-uuid').expect(404);
    await t.http.get(`/api/conferences/${draft.id}`).set('Authorization', council).expect(404);
    await t.http.get(`/api/conferences/${draft.id}`).set('Authorization', committee).expect(200);
    const publicList = await t.http.get('/api/conferences').expect(200);
    expect((publicList.body as ConferenceResponse[]).map((c) => c.id)).not.toContain(draft.id);

    const published = await t.http.post(`/api/conferences/${draft.id}/publish`).set('Authorization', committee).expect(200);
    expect(published.body.status).toBe('published');
    const upcoming = await t.http.get('/api/conferences?when=upcoming').expect(200);
    expect((upcoming.body as ConferenceResponse[]).map((c) => c.id)).toContain(draft.id);
    const past = await t.http.get('/api/conferences?when=past').expect(200);
    expect((past.body as ConferenceResponse[]).map((c) => c.id)).not.toContain(draft.id);
  });

  it('lists the demo conference with its themes for everyone', async () => {
    const list = await t.http.get('/api/conferences?when=upcoming').expect(200);
    const demo = (list.body as ConferenceResponse[]).find((c) => c.titleSv === 'Industrikommunernas vårkonferens');
    expect(demo).toMatchObject({
      status: 'published',
      registrationOpen: true,
      hostOrganisationName: 'Finspångs kommun',
    });
    expect(demo?.themes).toHaveLength(4);
    // The public learns only that a theme came from a decided proposal, and when; staff see all of it.
    const lineage = await t.http.get(`/api/conferences/${demo?.id}/lineage`).expect(200);
    expect(lineage.body).toEqual([
      expect.objectContaining({ proposalTitle: null, proposerName: null, meetingTitle: null, meetingId: null }),
    ]);
    const staffLineage = await t.http.get(`/api/conferences/${demo?.id}/lineage`).set('Authorization', committee).expect(200);
    expect(staffLineage.body).toEqual([
      expect.objectContaining({
        proposalTitle: 'Attraktiva livsmiljöer för inflyttare',
        proposerName: 'Karin Kommunråd',
        meetingTitle: 'Arbetsutskottets möte',
      }),
    ]);
    expect(demo?.themes[0].focusAreas.length).toBeGreaterThan(0);
  });

  it('validates input and writes nothing on bad input', async () => {
    const before = await rowCounts(t.dataSource);
    const bad = await t.http
      .post('/api/conferences')
      .set('Authorization', committee)
      .send({
        ...conferenceBody(),
        focusAreaCodes: [],
        capacity: -1,
        startsAt: 'tomorrow',
      })
      .expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['capacity', 'focusAreaCodes', 'startsAt']);
    const backwards = await t.http
      .post('/api/conferences')
      .set('Authorization', committee)
      .send(
        conferenceBody({
          startsAt: '2031-10-02T09:00:00+02:00',
          endsAt: '2031-10-01T09:00:00+02:00',
        }),
      )
      .expect(422);
    expect(backwards.body).toMatchObject({ code: 'conferences.dates-inconsistent', errors: { endsAt: 'beforeStart' } });
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('lets only admin and working committee write', async () => {
    await t.http.post('/api/conferences').send(conferenceBody()).expect(401);
    await t.http.post('/api/conferences').set('Authorization', council).send(conferenceBody()).expect(403);
    const conference = await createConference(t, committee);
    await t.http.patch(`/api/conferences/${conference.id}`).set('Authorization', council).send({ capacity: 5 }).expect(403);
  });

  it('manages themes with focus areas', async () => {
    const conference = await createConference(t, committee);
    const theme = await t.http
      .post(`/api/conferences/${conference.id}/themes`)
      .set('Authorization', committee)
      .send({
        titleSv: 'Vätgas i industrin',
        focusAreaCodes: ['green-transition'],
      })
      .expect(201);
    expect(theme.body.focusAreas.map((f: { code: string }) => f.code)).toEqual(['green-transition']);
    await t.http
      .post(`/api/conferences/${conference.id}/themes`)
      .set('Authorization', committee)
      .send({ titleSv: 'Utan område', focusAreaCodes: [] })
      .expect(400);
    await t.http
      .patch(`/api/conferences/${conference.id}/themes/${theme.body.id}`)
      .set('Authorization', committee)
      .send({ focusAreaCodes: ['infrastructure', 'skills'] })
      .expect(200);
    const page = await t.http.get(`/api/conferences/${conference.id}`).expect(200);
    expect(page.body.themes[0].focusAreas.map((f: { code: string }) => f.code)).toEqual(['infrastructure', 'skills']);
    await t.http.delete(`/api/conferences/${conference.id}/themes/${theme.body.id}`).set('Authorization', committee).expect(204);
    expect((await t.http.get(`/api/conferences/${conference.id}`)).body.themes).toEqual([]);
    const gone = await t.http
      .delete(`/api/conferences/${conference.id}/themes/${theme.body.id}`)
      .set('Authorization', committee)
      .expect(404);
    expect(gone.body.code).toBe('conferences.theme-not-found');
    const elsewhere = await t.http
      .post('/api/conferences/00000000-0000-4000-8000-000000000000/themes')
      .set('Authorization', committee)
      .send({ titleSv: 'Ingenstans', focusAreaCodes: ['skills'] })
      .expect(404);
    expect(elsewhere.body.code).toBe('conferences.not-found');
  });

  it('cancels and archives through the status route, not through PATCH', async () => {
    const conference = await createConference(t, committee);
    await t.http.patch(`/api/conferences/${conference.id}`).set('Authorization', committee).send({ status: 'archived' }).expect(400);
    const cancelled = await t.http
      .post(`/api/conferences/${conference.id}/status`)
      .set('Authorization', committee)
      .send({ status: 'cancelled' })
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const publish = await t.http.post(`/api/conferences/${conference.id}/publish`).set('Authorization', committee).expect(422);
    expect(publish.body).toMatchObject({ code: 'conferences.publish-only-draft', message: 'Bara ett utkast kan publiceras.' });
    const again = await t.http
      .post(`/api/conferences/${conference.id}/status`)
      .set('Authorization', committee)
      .send({ status: 'cancelled' })
      .expect(422);
    expect(again.body).toMatchObject({
      code: 'conferences.cannot-cancel',
      message: 'Bara ett utkast eller en publicerad konferens kan ställas in.',
    });
    const archived = await t.http
      .post(`/api/conferences/${conference.id}/status`)
      .set('Authorization', committee)
      .send({ status: 'archived' })
      .expect(200);
    expect(archived.body.status).toBe('archived');
    const frozen = await t.http
      .patch(`/api/conferences/${conference.id}`)
      .set('Authorization', committee)
      .send({ capacity: 5 })
      .expect(422);
    expect(frozen.body.code).toBe('conferences.archived');
    const draft = await createConference(t, committee, {}, false);
    const notArchivable = await t.http
      .post(`/api/conferences/${draft.id}/status`)
      .set('Authorization', committee)
      .send({ status: 'archived' })
      .expect(422);
    expect(notArchivable.body.code).toBe('conferences.cannot-archive');
  });
});
