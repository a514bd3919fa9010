import type {
  StrategyCitationsResponse,
  StrategyContentRequest,
  StrategyEvidenceResponse,
  StrategySuggestionsResponse,
  StrategyVersionResponse,
  StrategyVersionSummary,
} from '@samverkan/strategy/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const URL = '/api/strategies';
const NONE = '00000000-0000-4000-8000-000000000000';

describe('strategy drafting with evidence', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let current: StrategyVersionResponse;
  let draft: StrategyVersionResponse;
  const conf: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const ids: Record<string, string> = {};
  const WINDOW = 'fromYear=2041&toYear=2043';

  const evidence = (id: string, query: string, bearer = committee) =>
    t.http.get(`${URL}/${id}/evidence?${query}`).set('Authorization', bearer);
  const citations = async (id: string, bearer?: string) => {
    const req = t.http.get(`${URL}/${id}/citations`);
    return (await (bearer ? req.set('Authorization', bearer) : req).expect(200)).body as StrategyCitationsResponse;
  };
  const cite = (body: Record<string, unknown>, id = draft.id, bearer = committee) =>
    t.http.post(`${URL}/${id}/citations`).set('Authorization', bearer).send(body);
  const suggestions = async (query: string) =>
    (await t.http.get(`${URL}/${draft.id}/suggestions?${query}`).set('Authorization', committee).expect(200))
      .body as StrategySuggestionsResponse;

  async function theme(conferenceId: string, titleSv: string, focusAreaCodes: string[]): Promise<string> {
    const r = await t.http
      .post(`/api/conferences/${conferenceId}/themes`)
      .set('Authorization', committee)
      .send({ titleSv, focusAreaCodes });
    if (r.status !== 201) throw new Error(`theme: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.id;
  }
  async function item(conferenceId: string, titleSv: string, day: string, focusAreaCodes: string[]): Promise<string> {
    const r = await t.http
      .post(`/api/conferences/${conferenceId}/agenda/items`)
      .set('Authorization', committee)
      .send({ titleSv, type: 'seminar', startsAt: `${day}T09:00:00+02:00`, endsAt: `${day}T10:30:00+02:00`, focusAreaCodes });
    if (r.status !== 201) throw new Error(`item: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    const list = (await t.http.get(URL).expect(200)).body as StrategyVersionSummary[];
    current = (await t.http.get(`${URL}/${list.find((v) => v.state === 'adopted')?.id}`).expect(200)).body;

    for (const [key, year] of [
      ['a', 2041],
      ['b', 2042],
      ['c', 2043],
    ] as const) {
      const c = await createConference(t, committee, {
        titleSv: `Evidenskonferensen ${year}`,
        startsAt: `${year}-05-10T09:00:00+02:00`,
        endsAt: `${year}-05-11T16:00:00+02:00`,
        capacity: 50,
      });
      conf[key] = c.id;
      ids[`skills-${key}`] = await theme(c.id, `Kompetens ${year}`, ['skills']);
    }
    ids.elnat = await theme(conf.a, 'Elnätet', ['infrastructure']);
    ids.bredband = await theme(conf.a, 'Bredband', ['digitalisation']);
    ids.vatgas = await item(conf.a, 'Vätgaspanelen', '2041-05-10', ['infrastructure']);
    await t.http.post(`/api/conferences/${conf.a}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    // Conference b's programme is never published: its item is no evidence.
    ids.unpublished = await item(conf.b, 'Opublicerad punkt', '2042-05-10', ['infrastructure']);

    for (const [n, organisationType] of [
      [1, 'municipality'],
      [2, 'municipality'],
      [3, 'business'],
    ] as const) {
      await t.http
        .post(`/api/conferences/${conf.a}/registrations`)
        .send(registrationBody(`ev${n}`, { organisationType }))
        .expect(201);
    }

    // One evaluation answer wishing for more infrastructure (counted, never shown as text).
    const [reg] = await t.dataSource.query(`SELECT id FROM registrations WHERE conference_id = $1 LIMIT 1`, [conf.a]);
    await t.dataSource.query(
      `INSERT INTO evaluation_answers (registration_id, conference_id, overall, change_text, focus_area_codes) VALUES ($1, $2, 4, 'Mer om elnät, tack', '{infrastructure}')`,
      [reg.id, conf.a],
    );

    // An accepted proposal for conference a in infrastructure, and the committee's decision on it.
    const proposal = (
      await t.http
        .post('/api/proposals')
        .set('Authorization', council)
        .send({ kind: 'theme', title: 'Godstrafik på räls', summary: 'Järnvägen till bruksorten.', focusAreaCodes: ['infrastructure'] })
        .expect(201)
    ).body;
    await t.dataSource.query(`UPDATE proposals SET state = 'accepted', submitted_at = now(), target_conference_id = $2 WHERE id = $1`, [
      proposal.id,
      conf.a,
    ]);
    ids.proposal = proposal.id;
    const [chair] = await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [DEMO.committee]);
    const [meeting] = await t.dataSource.query(
      `INSERT INTO meetings (title, starts_at, chair_id) VALUES ('AU', '2041-01-10T10:00:00+01:00', $1) RETURNING id`,
      [chair.id],
    );
    const [decision] = await t.dataSource.query(
      `INSERT INTO meeting_items (meeting_id, position, kind, title, proposal_id, decision_text, outcome, decided_at)
       VALUES ($1, 1, 'proposal', 'Förslag: godstrafik', $2, 'Förslaget antas.', 'accept', now()) RETURNING id`,
      [meeting.id, proposal.id],
    );
    ids.decision = decision.id;
  });
  afterAll(() => t.close());

  describe('permissions', () => {
    it('evidence and suggestions: anonymous 401, council and committee read', async () => {
      expect((await t.http.get(`${URL}/${current.id}/evidence?focusArea=skills`)).status).toBe(401);
      expect((await t.http.get(`${URL}/${current.id}/suggestions`)).status).toBe(401);
      await evidence(current.id, 'focusArea=skills', council).expect(200);
      await t.http.get(`${URL}/${current.id}/suggestions`).set('Authorization', council).expect(200);
      await evidence(NONE, 'focusArea=skills').expect(404);
    });
  });

  it('shows what the conferences treated for an area: themes, published items, proposals, decisions, participants', async () => {
    const r = (await evidence(current.id, `focusArea=infrastructure&${WINDOW}`).expect(200)).body as StrategyEvidenceResponse;
    const refs = r.entries.map((e) => `${e.kind}:${e.id}`);
    expect(refs).toEqual(
      expect.arrayContaining([
        `theme:${ids.elnat}`,
        `programme-item:${ids.vatgas}`,
        `proposal:${ids.proposal}`,
        `decision:${ids.decision}`,
        `participants:${conf.a}`,
        `wishes:${conf.a}`,
      ]),
    );
    expect(refs).not.toContain(`programme-item:${ids.unpublished}`);
    expect(refs).not.toContain(`theme:${ids.bredband}`);
    expect(r.entries.find((e) => e.id === ids.vatgas)).toMatchObject({
      label: 'Vätgaspanelen',
      minutes: 90,
      conferenceTitle: 'Evidenskonferensen 2041',
    });
    expect(r.entries.find((e) => e.kind === 'participants')).toMatchObject({
      count: 3,
      byType: { municipality: 2, business: 1, region: 0, 'state-agency': 0, other: 0 },
    });
    expect(r.entries.find((e) => e.kind === 'wishes')).toMatchObject({ count: 1, label: 'Evidenskonferensen 2041' });
    expect(JSON.stringify(r)).not.toContain('Mer om elnät');
    expect(r.entries.find((e) => e.kind === 'decision')?.label).toBe('Förslag: godstrafik: Förslaget antas.');
    expect(r.conferences.map((c) => c.id)).toEqual([conf.a, conf.b, conf.c]);
    expect(r.codes).toEqual(['infrastructure']);
  });

  it('filters by years and conferences', async () => {
    const skills = async (query: string) =>
      ((await evidence(current.id, `focusArea=skills&${query}`).expect(200)).body as StrategyEvidenceResponse).entries
        .filter((e) => e.kind === 'theme')
        .map((e) => e.id);
    expect(await skills(WINDOW)).toEqual([ids['skills-c'], ids['skills-b'], ids['skills-a']]);
    expect(await skills('fromYear=2042&toYear=2042')).toEqual([ids['skills-b']]);
    expect(await skills(`${WINDOW}&conferenceIds=${conf.a},${conf.c}`)).toEqual([ids['skills-c'], ids['skills-a']]);
    const bad = await evidence(current.id, 'focusArea=skills&fromYear=abc').expect(400);
    expect(bad.body.code).toBeDefined();
    expect((await evidence(current.id, 'focusArea=no-such-area').expect(400)).body.code).toBe('strategy.unknown-focus-area');
  });

  it('pages over the conferences with evidence, the most recent first, counting them all', async () => {
    const page = async (query: string) =>
      (await evidence(current.id, `focusArea=skills&${WINDOW}&${query}`).expect(200)).body as StrategyEvidenceResponse;
    const all = await page('');
    // Each of the three conferences has a skills theme; conference a also has participants (not counted).
    expect(all.page).toEqual({ offset: 0, limit: 10, conferences: 3, entries: 3, nextOffset: null });
    const first = await page('limit=2');
    expect(first.page).toMatchObject({ offset: 0, limit: 2, conferences: 3, entries: 3, nextOffset: 2 });
    expect([...new Set(first.entries.map((e) => e.conferenceId))]).toEqual([conf.c, conf.b]);
    const second = await page('limit=2&offset=2');
    expect(second.page).toMatchObject({ offset: 2, nextOffset: null });
    expect(second.entries.map((e) => `${e.kind}:${e.id}`).sort()).toEqual([`participants:${conf.a}`, `theme:${ids['skills-a']}`].sort());
    // The pages together are the whole answer, and every page lists all the window's conferences for the filter.
    expect([...first.entries, ...second.entries].map((e) => e.id).sort()).toEqual(all.entries.map((e) => e.id).sort());
    expect(second.conferences.map((c) => c.id)).toEqual([conf.a, conf.b, conf.c]);
    expect((await page('offset=3')).entries).toEqual([]);
    for (const bad of ['limit=0', 'limit=101', 'offset=-1', 'limit=x']) {
      const r = await evidence(current.id, `focusArea=skills&${bad}`).expect(400);
      expect(r.body.code).toBeDefined();
    }
  });

  it('translates the codes of the version before through the draft’s mapping', async () => {
    draft = (await t.http.post(URL).set('Authorization', committee).send({ version: '2045' }).expect(201)).body;
    const [infra, digital, ...rest] = draft.focusAreas;
    const body: StrategyContentRequest = {
      title: draft.title,
      preamble: draft.preamble,
      vision: draft.vision,
      focusAreas: [
        {
          code: 'connections',
          titleSv: 'Förbindelser',
          titleEn: 'Connections',
          text: infra.text,
          positions: [...infra.positions, ...digital.positions].map((p) => ({ id: p.id, text: p.text })),
        },
        ...rest.map((a) => ({ ...a, positions: a.positions.map((p) => ({ id: p.id, text: p.text })) })),
      ],
    };
    draft = (await t.http.put(`${URL}/${draft.id}/content`).set('Authorization', committee).send(body).expect(200)).body;
    const entries = [
      { from: 'infrastructure', to: ['connections'] },
      { from: 'digitalisation', to: ['connections'] },
      ...rest.map((a) => ({ from: a.code, to: [a.code] })),
    ];
    draft = (await t.http.put(`${URL}/${draft.id}/mapping`).set('Authorization', committee).send({ entries }).expect(200)).body;

    const r = (await evidence(draft.id, `focusArea=connections&${WINDOW}`, council).expect(200)).body as StrategyEvidenceResponse;
    expect(r.codes).toEqual(['connections', 'digitalisation', 'infrastructure']);
    const themes = r.entries.filter((e) => e.kind === 'theme').map((e) => e.id);
    expect(themes.sort()).toEqual([ids.elnat, ids.bredband].sort());
    // Without years: conferences since the version the draft is based on was adopted (2025).
    const since = (await evidence(draft.id, 'focusArea=connections').expect(200)).body as StrategyEvidenceResponse;
    expect(since.since).toBe('2024-12-31T23:00:00.000Z');
    expect(since.entries.map((e) => e.id)).toContain(ids.elnat);
    // The old code is no area of the draft.
    await evidence(draft.id, 'focusArea=infrastructure').expect(400);
  });

  it('marks every position as unsupported until it cites evidence', async () => {
    const c = await citations(draft.id, committee);
    expect(c.positions.length).toBe(draft.focusAreas.flatMap((a) => a.positions).length);
    expect(c.positions.every((p) => !p.supported && p.citations.length === 0)).toBe(true);
    // A draft's citations are as hidden as the draft.
    await t.http.get(`${URL}/${draft.id}/citations`).expect(404);
    await citations(draft.id, council);
  });

  it('cites evidence for a position: stored as a link, a numbered footnote with its label, the marker gone', async () => {
    const position = draft.focusAreas[0].positions[1];
    expect((await cite({ positionId: position.id, kind: 'theme', refId: ids.elnat }, draft.id, council)).status).toBe(403);
    expect(
      (await t.http.post(`${URL}/${draft.id}/citations`).send({ positionId: position.id, kind: 'theme', refId: ids.elnat })).status,
    ).toBe(401);

    const r = (await cite({ positionId: position.id, kind: 'theme', refId: ids.elnat }).expect(201)).body as StrategyCitationsResponse;
    const cited = r.positions.find((p) => p.positionId === position.id);
    expect(cited).toMatchObject({ focusAreaCode: 'connections', supported: true });
    expect(cited?.citations).toEqual([
      expect.objectContaining({
        kind: 'theme',
        refId: ids.elnat,
        number: 1,
        label: 'Elnätet',
        conferenceTitle: 'Evidenskonferensen 2041',
        removed: false,
      }),
    ]);
    expect(r.positions.filter((p) => p.supported)).toHaveLength(1);
    const [row] = await t.dataSource.query(`SELECT kind, ref_id FROM strategy_citations WHERE position_id = $1`, [position.id]);
    expect(row).toEqual({ kind: 'theme', ref_id: ids.elnat });

    // An earlier position citing something else takes footnote 1; the same evidence keeps one number.
    const first = draft.focusAreas[0].positions[0];
    await cite({ positionId: first.id, kind: 'decision', refId: ids.decision }).expect(201);
    const again = (await cite({ positionId: first.id, kind: 'theme', refId: ids.elnat }).expect(201)).body as StrategyCitationsResponse;
    expect(again.positions[0].citations.map((x) => [x.kind, x.number])).toEqual([
      ['decision', 1],
      ['theme', 2],
    ]);
    expect(again.positions[1].citations.map((x) => x.number)).toEqual([2]);
    expect((await cite({ positionId: first.id, kind: 'theme', refId: ids.elnat }).expect(409)).body.code).toBe('strategy.already-cited');
  });

  it('refuses unknown evidence or positions with 400 and a code, writing nothing', async () => {
    const before = await rowCounts(t.dataSource);
    const position = draft.focusAreas[1].positions[0];
    for (const body of [
      { positionId: position.id, kind: 'theme', refId: NONE },
      { positionId: position.id, kind: 'programme-item', refId: ids.unpublished },
      { positionId: position.id, kind: 'proposal', refId: ids.elnat },
      { positionId: position.id, kind: 'wishes', refId: conf.c },
    ]) {
      const r = await cite(body).expect(400);
      expect(r.body).toMatchObject({ code: 'strategy.unknown-evidence', errors: { refId: 'unknown' } });
    }
    const other = current.focusAreas[0].positions[0];
    expect((await cite({ positionId: other.id, kind: 'theme', refId: ids.elnat }).expect(400)).body.code).toBe('strategy.unknown-position');
    expect((await cite({ positionId: position.id, kind: 'rumour', refId: ids.elnat }).expect(400)).body.code).toBeDefined();
    expect((await cite({ positionId: position.id, kind: 'theme', refId: ids.elnat, text: 'x' }).expect(400)).body.code).toBeDefined();
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('suggests areas many conferences treated that no position cites', async () => {
    const r = await suggestions(WINDOW);
    expect(r).toMatchObject({ minConferences: 3, suggestions: [{ focusArea: 'skills', conferences: 3 }] });
    // connections is cited; with a threshold of 1 it still is not suggested.
    const one = await suggestions(`${WINDOW}&minConferences=1`);
    expect(one.suggestions.map((s) => s.focusArea)).toEqual(['skills']);
    expect((await suggestions(`${WINDOW}&minConferences=4`)).suggestions).toEqual([]);
    expect((await suggestions(`fromYear=2042&toYear=2043`)).suggestions).toEqual([]);

    const skillsPosition = draft.focusAreas.find((a) => a.code === 'skills')?.positions[0];
    await cite({ positionId: skillsPosition?.id, kind: 'theme', refId: ids['skills-b'] }).expect(201);
    expect((await suggestions(WINDOW)).suggestions).toEqual([]);
  });

  it('shows a citation whose evidence is gone as removed, and removes a citation', async () => {
    await t.http
      .delete(`/api/conferences/${conf.b}/themes/${ids['skills-b']}`)
      .set('Authorization', committee)
      .expect((r) => {
        if (r.status >= 300) throw new Error(`delete theme: ${r.status}`);
      });
    const c = await citations(draft.id, committee);
    const gone = c.positions.flatMap((p) => p.citations).find((x) => x.refId === ids['skills-b']);
    expect(gone).toMatchObject({ removed: true, label: null });

    const removed = (await t.http.delete(`${URL}/${draft.id}/citations/${gone?.id}`).set('Authorization', committee).expect(200))
      .body as StrategyCitationsResponse;
    expect(removed.positions.flatMap((p) => p.citations).map((x) => x.id)).not.toContain(gone?.id);
    expect((await t.http.delete(`${URL}/${draft.id}/citations/${gone?.id}`).set('Authorization', committee).expect(404)).body.code).toBe(
      'strategy.citation-not-found',
    );
  });

  it('changes citations only on a draft: 409 in consultation and on the adopted version', async () => {
    const position = draft.focusAreas[0].positions[2];
    const existing = (await citations(draft.id, committee)).positions.flatMap((p) => p.citations)[0];
    await t.http.post(`${URL}/${draft.id}/consultation`).set('Authorization', committee).expect(200);
    expect((await cite({ positionId: position.id, kind: 'theme', refId: ids.bredband }).expect(409)).body.code).toBe('strategy.not-draft');
    expect((await t.http.delete(`${URL}/${draft.id}/citations/${existing.id}`).set('Authorization', committee).expect(409)).body.code).toBe(
      'strategy.not-draft',
    );
    const adoptedPosition = current.focusAreas[0].positions[0];
    expect((await cite({ positionId: adoptedPosition.id, kind: 'theme', refId: ids.elnat }, current.id).expect(409)).body.code).toBe(
      'strategy.not-draft',
    );
    // The adopted version's citations are public.
    expect((await citations(current.id)).positions.every((p) => !p.supported)).toBe(true);
  });
});
