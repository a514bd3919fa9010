import type { AgendaItemResponse, CoveragePreview } from '@samverkan/agenda/contract';
import type { ProposalGapsResponse, ProposalResponse, ProposalSummaryResponse } from '@samverkan/proposals/contract';
import type { Page } from '@samverkan/shared/contract';
import { createConference } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Focus areas live while the programme is planned: the draft's shares and short areas (the publish
 * warning's rule, on the server), and the proposals' "fills a gap" marker that reads the same shares.
 */
describe('focus areas live while planning', () => {
  let t: TestApp;
  let admin: string;
  let committee: string;
  let council: string;
  let conferenceId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(DEMO.admin);
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    const conference = await createConference(t, committee, {
      titleSv: 'Planeringstest',
      startsAt: '2033-05-10T09:00:00+02:00',
      endsAt: '2033-05-11T16:00:00+02:00',
    });
    conferenceId = conference.id;
  });
  afterAll(() => t.close());

  const preview = async (bearer = committee) =>
    (await t.http.get(`/api/conferences/${conferenceId}/agenda/coverage-preview`).set('Authorization', bearer).expect(200))
      .body as CoveragePreview;
  const addItem = async (body: Record<string, unknown>) =>
    (await t.http.post(`/api/conferences/${conferenceId}/agenda/items`).set('Authorization', committee).send(body).expect(201))
      .body as AgendaItemResponse;
  const listed = async (bearer: string, query = '') =>
    ((await t.http.get(`/api/proposals${query}`).set('Authorization', bearer).expect(200)).body as Page<ProposalSummaryResponse>).items;

  it('allows the preview to agenda editors only, and the gaps to proposal readers', async () => {
    const path = `/api/conferences/${conferenceId}/agenda/coverage-preview`;
    expect((await t.http.get(path)).status).toBe(401);
    const refused = await t.http.get(path).set('Authorization', council);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ statusCode: 403, code: expect.any(String) });
    expect((await t.http.get(path).set('Authorization', admin)).status).toBe(200);
    const unknown = await t.http
      .get('/api/conferences/00000000-0000-4000-8000-000000000000/agenda/coverage-preview')
      .set('Authorization', committee);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('agenda.conference-not-found');

    expect((await t.http.get('/api/proposals/gaps')).status).toBe(401);
    for (const bearer of [council, committee, admin]) {
      expect((await t.http.get(`/api/proposals/gaps?conferenceId=${conferenceId}`).set('Authorization', bearer)).status).toBe(200);
    }
    const bad = await t.http.get('/api/proposals/gaps?conferenceId=nope&extra=1').set('Authorization', council).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['conferenceId', 'extra']);
  });

  it('starts with every area short while the draft has no programme time', async () => {
    const empty = await preview();
    expect(empty).toMatchObject({ conferenceId, programmeMinutes: 0, minShare: 0.1 });
    expect(empty.areas).toHaveLength(6);
    expect(empty.shortAreaCodes).toEqual(empty.areas.map((a) => a.focusAreaCode));
  });

  it('follows the draft as items are placed, moved, changed and removed, and marks proposals that fill a gap', async () => {
    await addItem({
      titleSv: 'Elnätet',
      type: 'seminar',
      startsAt: '2033-05-10T09:00:00+02:00',
      endsAt: '2033-05-10T10:00:00+02:00',
      focusAreaCodes: ['infrastructure', 'digitalisation'],
    });
    await addItem({
      titleSv: 'Verkstad om data',
      type: 'workshop',
      startsAt: '2033-05-10T10:00:00+02:00',
      endsAt: '2033-05-10T12:00:00+02:00',
      focusAreaCodes: ['digitalisation'],
    });
    // A meal is not programme time, whatever its areas.
    await addItem({
      titleSv: 'Lunch',
      type: 'meal',
      startsAt: '2033-05-10T12:00:00+02:00',
      endsAt: '2033-05-10T13:00:00+02:00',
      focusAreaCodes: ['skills'],
    });
    const panel = await addItem({
      titleSv: 'Samtal om samverkan',
      type: 'panel',
      startsAt: '2033-05-10T13:00:00+02:00',
      endsAt: '2033-05-10T13:15:00+02:00',
      focusAreaCodes: ['cooperation'],
    });

    const placed = await preview();
    expect(placed.programmeMinutes).toBe(60 + 120 + 15);
    const share = (p: CoveragePreview, code: string) => p.areas.find((a) => a.focusAreaCode === code);
    expect(share(placed, 'infrastructure')).toEqual({ focusAreaCode: 'infrastructure', minutes: 60, share: 0.3077, short: false });
    expect(share(placed, 'digitalisation')).toMatchObject({ minutes: 180, share: 0.9231, short: false });
    expect(share(placed, 'skills')).toMatchObject({ minutes: 0, share: 0, short: true });
    expect(share(placed, 'cooperation')).toMatchObject({ minutes: 15, share: 0.0769, short: true });
    expect(placed.shortAreaCodes).toEqual(['green-transition', 'skills', 'living-environment', 'cooperation']);

    // The council proposes for this conference: cooperation is short, infrastructure is not.
    const proposal = (
      await t.http
        .post('/api/proposals')
        .set('Authorization', council)
        .send({
          kind: 'session',
          title: 'Kommun och näringsliv',
          summary: 'Hur vi samverkar kring kompetens.',
          focusAreaCodes: ['infrastructure', 'cooperation'],
          targetConferenceId: conferenceId,
        })
        .expect(201)
    ).body as ProposalResponse;
    await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', council).expect(200);
    const gaps = (await t.http.get(`/api/proposals/gaps?conferenceId=${conferenceId}`).set('Authorization', council).expect(200))
      .body as ProposalGapsResponse;
    expect(gaps).toMatchObject({ conferenceId, conferenceTitle: 'Planeringstest', minShare: 0.1, programmeMinutes: 195 });
    expect(gaps.shortAreas).toEqual([
      { focusAreaCode: 'green-transition', share: 0 },
      { focusAreaCode: 'skills', share: 0 },
      { focusAreaCode: 'living-environment', share: 0 },
      { focusAreaCode: 'cooperation', share: 0.0769 },
    ]);
    for (const bearer of [council, committee]) {
      const mine = (await listed(bearer, `?conferenceId=${conferenceId}`)).find((p) => p.id === proposal.id);
      expect(mine?.gapAreaCodes).toEqual(['cooperation']);
    }

    // Longer panel: cooperation gets 60 of 240 minutes and is no longer short; the marker follows.
    await t.http
      .patch(`/api/agenda-items/${panel.id}`)
      .set('Authorization', committee)
      .send({ version: panel.version, endsAt: '2033-05-10T14:00:00+02:00' })
      .expect(200);
    const moved = await preview();
    expect(moved.programmeMinutes).toBe(240);
    expect(share(moved, 'cooperation')).toMatchObject({ minutes: 60, share: 0.25, short: false });
    expect(moved.shortAreaCodes).not.toContain('cooperation');
    expect((await listed(committee, `?conferenceId=${conferenceId}`)).find((p) => p.id === proposal.id)?.gapAreaCodes).toEqual([]);

    // Removed: cooperation is short again.
    await t.http.delete(`/api/agenda-items/${panel.id}`).set('Authorization', committee).expect(204);
    const removed = await preview();
    expect(removed.programmeMinutes).toBe(180);
    expect(removed.shortAreaCodes).toContain('cooperation');
    expect((await listed(committee, `?conferenceId=${conferenceId}`)).find((p) => p.id === proposal.id)?.gapAreaCodes).toEqual([
      'cooperation',
    ]);

    // The preview only reads: the draft and the published versions are untouched.
    const draft = await t.http.get(`/api/conferences/${conferenceId}/agenda`).set('Authorization', committee).expect(200);
    expect(draft.body.items).toHaveLength(3);
    expect(draft.body.latestVersion).toBeNull();
  });

  it('looks at the next upcoming conference for a proposal without one', async () => {
    const next = (await t.http.get('/api/proposals/gaps').set('Authorization', council).expect(200)).body as ProposalGapsResponse;
    expect(next.conferenceId).not.toBeNull();
    const loose = (
      await t.http
        .post('/api/proposals')
        .set('Authorization', council)
        .send({
          kind: 'theme',
          title: 'Utan konferens',
          summary: 'Något för nästa gång.',
          focusAreaCodes: ['skills', 'living-environment', 'infrastructure'],
        })
        .expect(201)
    ).body as ProposalResponse;
    const row = (await listed(council)).find((p) => p.id === loose.id);
    const short = new Set(next.shortAreas.map((a) => a.focusAreaCode));
    expect(row?.gapAreaCodes).toEqual(loose.focusAreaCodes.filter((code) => short.has(code)));
    // The demo's next conference comes before the 2033 one made here, and is short of something.
    expect(next.conferenceId).not.toBe(conferenceId);
    expect(row?.gapAreaCodes?.length).toBeGreaterThan(0);
  });
});
