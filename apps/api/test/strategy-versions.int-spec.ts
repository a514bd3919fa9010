import ICAL from 'ical.js';
import type { CoverageItem, CoverageReport } from '@samverkan/coverage/contract';
import type {
  StrategyContentRequest,
  StrategyDiffResponse,
  StrategyVersionResponse,
  StrategyVersionSummary,
} from '@samverkan/strategy/contract';
import { createConference, decideAdoption } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const URL = '/api/strategies';

/** The draft's text as a request, from the version as answered. */
function contentOf(v: StrategyVersionResponse): StrategyContentRequest {
  return {
    title: v.title,
    preamble: v.preamble,
    vision: v.vision,
    focusAreas: v.focusAreas.map((a) => ({
      code: a.code,
      titleSv: a.titleSv,
      titleEn: a.titleEn,
      text: a.text,
      positions: a.positions.map((p) => ({ id: p.id, text: p.text })),
    })),
  };
}

describe('strategy versions', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let admin: string;
  let current: StrategyVersionResponse;
  let draft: StrategyVersionResponse;
  let conferenceId: string;
  let v2016: StrategyVersionSummary;

  const get = (id: string, bearer?: string) => {
    const req = t.http.get(`${URL}/${id}`);
    return bearer ? req.set('Authorization', bearer) : req;
  };
  const states = async () =>
    Object.fromEntries(
      ((await t.dataSource.query(`SELECT version, state FROM strategies ORDER BY version`)) as { version: string; state: string }[]).map(
        (r) => [r.version, r.state],
      ),
    );
  const coverage = async (query = '') =>
    (await t.http.get(`/api/reports/focus-area-coverage${query}`).set('Authorization', committee).expect(200)).body as CoverageReport;

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  it('seeds the current strategy with its text and positions, and 2016 and 2020 as replaced versions without text', async () => {
    const list = (await t.http.get(URL).expect(200)).body as StrategyVersionSummary[];
    expect(list.map((v) => [v.title, v.state])).toEqual([
      ['Finspångsmanifestet', 'replaced'],
      ['Finspångsmanifestet (reviderat 2020)', 'replaced'],
      ['Svenska Industrikommuners åtgärdsstrategi för att stärka svensk industri', 'adopted'],
    ]);
    expect(list[0].adoptedAt).toBeNull();
    expect(list[2].adoptedAt).toBe('2024-12-31T23:00:00.000Z');
    v2016 = list[0];

    const old = (await get(v2016.id).expect(200)).body as StrategyVersionResponse;
    expect(old).toMatchObject({ version: '2016', hasText: false, preamble: '', vision: '', focusAreas: [], state: 'replaced' });

    current = (await get(list[2].id).expect(200)).body as StrategyVersionResponse;
    expect(current.hasText).toBe(true);
    expect(current.preamble).toMatch(/^Det som vi kallat Finspångsmanifestet antogs av industrikommunerna 2016/);
    expect(current.vision).toMatch(/^Vi ska säkerställa goda förutsättningar/);
    expect(current.focusAreas.map((a) => a.code)).toEqual([
      'infrastructure',
      'digitalisation',
      'green-transition',
      'skills',
      'living-environment',
      'cooperation',
    ]);
    const infrastructure = current.focusAreas[0];
    expect(infrastructure.text).toContain('Fossilfri el måste prioriteras för att klara klimatmålen.');
    expect(infrastructure.positions.map((p) => p.text)).toContain('Fossilfri el måste prioriteras för att klara klimatmålen.');
    for (const area of current.focusAreas) {
      expect(area.positions.length).toBeGreaterThanOrEqual(2);
      // Every position is a sentence of the area's own text: nothing invented.
      for (const p of area.positions) expect(area.text.replace(/\n\n/g, ' ')).toContain(p.text.replace(/\.$/, ''));
    }
  });

  it('creates a draft copied from the adopted version, one at a time, seen only by the committee and the council', async () => {
    await t.http.post(URL).set('Authorization', council).send({ version: '2028' }).expect(403);
    await t.http.post(URL).send({ version: '2028' }).expect(401);
    const taken = await t.http.post(URL).set('Authorization', committee).send({ version: '2025' }).expect(409);
    expect(taken.body).toMatchObject({ code: 'strategy.version-taken' });

    draft = (await t.http.post(URL).set('Authorization', committee).send({ version: '2028' }).expect(201)).body;
    expect(draft).toMatchObject({
      state: 'draft',
      basedOnId: current.id,
      adoptedAt: null,
      title: current.title,
      preamble: current.preamble,
    });
    expect(draft.focusAreas.map((a) => [a.code, a.positions.map((p) => p.text)])).toEqual(
      current.focusAreas.map((a) => [a.code, a.positions.map((p) => p.text)]),
    );
    // Copies, not the adopted version's rows.
    expect(draft.focusAreas[0].positions[0].id).not.toBe(current.focusAreas[0].positions[0].id);
    expect(draft.mapping).toEqual(expect.arrayContaining(current.focusAreas.map((a) => ({ from: a.code, to: [a.code] }))));

    const again = await t.http.post(URL).set('Authorization', admin).send({ version: '2029' }).expect(409);
    expect(again.body).toMatchObject({ code: 'strategy.draft-exists' });

    const publicList = (await t.http.get(URL).expect(200)).body as StrategyVersionSummary[];
    expect(publicList.map((v) => v.id)).not.toContain(draft.id);
    await get(draft.id).expect(404);
    const councilList = (await t.http.get(URL).set('Authorization', council).expect(200)).body as StrategyVersionSummary[];
    expect(councilList.at(-1)).toEqual({ id: draft.id, title: draft.title, state: 'draft', adoptedAt: null });
    await get(draft.id, council).expect(200);
    await t.http.get(`${URL}/${draft.id}/diff?against=${current.id}`).expect(404);
  });

  it('edits the draft: merges two areas, keeps moved positions, edits, adds, reorders and deletes positions', async () => {
    const [infra, digital, ...rest] = draft.focusAreas;
    const body = contentOf(draft);
    body.vision = `${draft.vision} Vi ska leda omställningen.`;
    body.focusAreas = [
      {
        code: 'digital-infrastructure',
        titleSv: 'Infrastruktur och digitalisering',
        titleEn: 'Infrastructure and digitalisation',
        text: `${infra.text}\n\n${digital.text}`,
        positions: [
          { id: digital.positions[0].id, text: digital.positions[0].text },
          { id: infra.positions[4].id, text: 'Fossilfri el och vätgas måste prioriteras för att klara klimatmålen.' },
          { text: 'Statens servicekontor ska finnas i varje industrikommun.' },
          ...infra.positions.filter((_, i) => i !== 4 && i !== 0).map((p) => ({ id: p.id, text: p.text })),
        ],
      },
      ...body.focusAreas.slice(2),
    ];
    const edited = (await t.http.put(`${URL}/${draft.id}/content`).set('Authorization', committee).send(body).expect(200))
      .body as StrategyVersionResponse;
    expect(edited.vision).toMatch(/Vi ska leda omställningen\.$/);
    expect(edited.focusAreas.map((a) => a.code)).toEqual(['digital-infrastructure', ...rest.map((a) => a.code)]);
    const merged = edited.focusAreas[0];
    expect(merged.positions[0]).toEqual({ id: digital.positions[0].id, text: digital.positions[0].text });
    expect(merged.positions[1]).toEqual({
      id: infra.positions[4].id,
      text: 'Fossilfri el och vätgas måste prioriteras för att klara klimatmålen.',
    });
    expect(merged.positions[2].text).toBe('Statens servicekontor ska finnas i varje industrikommun.');
    expect(merged.positions.map((p) => p.id)).not.toContain(infra.positions[0].id);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM strategy_positions WHERE id = $1`, [infra.positions[0].id]);
    expect(n).toBe(0);
    // The mapping lost its targets that no longer exist: the two merged areas now point nowhere.
    expect(edited.mapping.map((m) => m.from)).not.toContain('infrastructure');
    expect(edited.mapping.map((m) => m.from)).not.toContain('digitalisation');
    draft = edited;
  });

  it('refuses bad input with 400 and a code, changing nothing', async () => {
    const before = await rowCounts(t.dataSource);
    const snapshot = (await get(draft.id, committee).expect(200)).body;
    const body = contentOf(draft);

    const duplicate = await t.http
      .put(`${URL}/${draft.id}/content`)
      .set('Authorization', committee)
      .send({ ...body, title: 'Ändrad titel', focusAreas: [...body.focusAreas, { ...body.focusAreas[1], titleSv: 'Kopia' }] })
      .expect(400);
    expect(duplicate.body).toMatchObject({
      code: 'strategy.duplicate-focus-area',
      errors: { [`focusAreas.${body.focusAreas.length}.code`]: 'duplicate' },
    });

    const foreign = structuredClone(body);
    foreign.title = 'Ändrad titel';
    foreign.focusAreas[0].positions[0].id = current.focusAreas[0].positions[0].id;
    const unknown = await t.http.put(`${URL}/${draft.id}/content`).set('Authorization', committee).send(foreign).expect(400);
    expect(unknown.body).toMatchObject({ code: 'strategy.unknown-position', errors: { 'focusAreas.0.positions.0.id': 'unknown' } });

    const badCode = structuredClone(body);
    badCode.focusAreas[0].code = 'Ny Kod';
    const invalid = await t.http.put(`${URL}/${draft.id}/content`).set('Authorization', committee).send(badCode).expect(400);
    expect(invalid.body.code).toBe('validation.failed');
    await t.http
      .put(`${URL}/${draft.id}/content`)
      .set('Authorization', committee)
      .send({ ...body, focusAreas: [] })
      .expect(400);
    await t.http
      .put(`${URL}/${draft.id}/content`)
      .set('Authorization', committee)
      .send({ ...body, extra: 1 })
      .expect(400);

    const mapping = await t.http
      .put(`${URL}/${draft.id}/mapping`)
      .set('Authorization', committee)
      .send({ entries: [{ from: 'infrastructure', to: ['nowhere'] }] })
      .expect(400);
    expect(mapping.body).toMatchObject({ code: 'strategy.invalid-mapping' });
    expect(mapping.body.context).toBeUndefined();

    await t.http.get(`${URL}/${draft.id}/diff?against=not-a-uuid`).set('Authorization', committee).expect(400);

    expect(await rowCounts(t.dataSource)).toEqual(before);
    expect((await get(draft.id, committee).expect(200)).body).toEqual(snapshot);
  });

  it('only a draft is editable; consultation can go back to draft; adoption needs a complete mapping and changes nothing when refused', async () => {
    await t.http.post(`${URL}/${draft.id}/consultation`).set('Authorization', council).expect(403);
    const sent = (await t.http.post(`${URL}/${draft.id}/consultation`).set('Authorization', committee).expect(200)).body;
    expect(sent.state).toBe('in-consultation');
    // Visible to the council, still not to the public.
    await get(draft.id, council).expect(200);
    await get(draft.id).expect(404);

    const locked = await t.http.put(`${URL}/${draft.id}/content`).set('Authorization', committee).send(contentOf(draft)).expect(409);
    expect(locked.body).toMatchObject({ code: 'strategy.not-draft' });
    await t.http.put(`${URL}/${draft.id}/mapping`).set('Authorization', committee).send({ entries: [] }).expect(409);
    const twice = await t.http.post(`${URL}/${draft.id}/consultation`).set('Authorization', committee).expect(409);
    expect(twice.body).toMatchObject({ code: 'strategy.wrong-state' });

    // There is no route to adopt directly: only a meeting's decision adopts.
    await t.http.post(`${URL}/${draft.id}/adopt`).set('Authorization', committee).expect(404);
    const refused = await decideAdoption(t, committee, draft.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'strategy.mapping-incomplete' });
    expect(await states()).toEqual({ '2016': 'replaced', '2020': 'replaced', '2025': 'adopted', '2028': 'in-consultation' });

    const back = (await t.http.post(`${URL}/${draft.id}/withdraw`).set('Authorization', committee).expect(200)).body;
    expect(back.state).toBe('draft');
    const entries = [
      { from: 'infrastructure', to: ['digital-infrastructure'] },
      { from: 'digitalisation', to: ['digital-infrastructure'] },
      ...['green-transition', 'skills', 'living-environment', 'cooperation'].map((code) => ({ from: code, to: [code] })),
    ];
    const mapped = (await t.http.put(`${URL}/${draft.id}/mapping`).set('Authorization', committee).send({ entries }).expect(200)).body;
    expect(mapped.mapping).toEqual(expect.arrayContaining(entries));
    expect(mapped.mapping).toHaveLength(6);
    draft = mapped;
  });

  it('compares two versions per focus area and position, words added and removed marked', async () => {
    const diff = (await t.http.get(`${URL}/${draft.id}/diff?against=${current.id}`).set('Authorization', council).expect(200))
      .body as StrategyDiffResponse;
    expect(diff).toMatchObject({ baseId: current.id, otherId: draft.id });
    expect(diff.vision.at(-1)).toEqual({ kind: 'added', text: 'Vi ska leda omställningen.' });
    const byCode = new Map(diff.focusAreas.map((a) => [a.code, a]));
    expect(byCode.get('digital-infrastructure')?.kind).toBe('added');
    expect(byCode.get('infrastructure')?.kind).toBe('removed');
    expect(byCode.get('digitalisation')?.kind).toBe('removed');
    expect(byCode.get('skills')?.kind).toBe('same');
    // The adopted version compared with the draft: the reworded position shows its added words.
    const reverse = (await t.http.get(`${URL}/${current.id}/diff?against=${current.id}`).expect(200)).body as StrategyDiffResponse;
    expect(reverse.focusAreas.every((a) => a.kind === 'same')).toBe(true);
    const infraOld = current.focusAreas[0];
    const merged = draft.focusAreas[0];
    const oneArea = (await t.http.get(`${URL}/${draft.id}/diff?against=${current.id}`).set('Authorization', committee).expect(200)).body
      .focusAreas as StrategyDiffResponse['focusAreas'];
    expect(oneArea.find((a) => a.code === 'digital-infrastructure')?.positions[1].words).toEqual([
      { kind: 'added', text: merged.positions[1].text },
    ]);
    expect(infraOld.positions[4].text).toBe('Fossilfri el måste prioriteras för att klara klimatmålen.');
  });

  it('adopting replaces the previous version in the same transaction and keeps coverage comparable across the merge', async () => {
    // A conference planned under the 2025 strategy: two themes and an item tagged with both merged areas.
    const conference = await createConference(t, committee, {
      titleSv: 'Strategibytet',
      startsAt: '2033-05-10T09:00:00+02:00',
      endsAt: '2033-05-10T16:00:00+02:00',
      capacity: 20,
    });
    conferenceId = conference.id;
    const theme = (codes: string[], titleSv: string) =>
      t.http
        .post(`/api/conferences/${conferenceId}/themes`)
        .set('Authorization', committee)
        .send({ titleSv, focusAreaCodes: codes })
        .expect(201);
    await theme(['infrastructure'], 'Elnät');
    await theme(['digitalisation'], 'AI i verkstaden');
    await t.http
      .post(`/api/conferences/${conferenceId}/agenda/items`)
      .set('Authorization', committee)
      .send({
        titleSv: 'Digitala elnät',
        type: 'seminar',
        startsAt: '2033-05-10T10:00:00+02:00',
        endsAt: '2033-05-10T10:45:00+02:00',
        focusAreaCodes: ['infrastructure', 'digitalisation'],
      })
      .expect(201);
    const before = await coverage(`?conferenceIds=${conferenceId}`);
    const cell = (r: CoverageReport, code: string) => r.cells.find((c) => c.conferenceId === conferenceId && c.focusAreaCode === code);
    expect(cell(before, 'infrastructure')).toMatchObject({ themes: 1, items: 1, minutes: 45 });
    expect(cell(before, 'digitalisation')).toMatchObject({ themes: 1, items: 1, minutes: 45 });

    await t.http.post(`${URL}/${draft.id}/consultation`).set('Authorization', committee).expect(200);
    expect((await decideAdoption(t, council, draft.id)).status).toBe(403);
    expect((await decideAdoption(t, committee, draft.id)).status).toBe(200);
    const adopted = (await get(draft.id).expect(200)).body as StrategyVersionResponse;
    expect(adopted).toMatchObject({ state: 'adopted', adoptedMeetingId: expect.any(String), adoptedDecisionId: expect.any(String) });
    expect(Date.now() - new Date(adopted.adoptedAt as string).getTime()).toBeLessThan(60_000);
    expect(await states()).toEqual({ '2016': 'replaced', '2020': 'replaced', '2025': 'replaced', '2028': 'adopted' });

    // Now public, and the current strategy's focus areas follow it.
    await get(draft.id).expect(200);
    const areas = (await t.http.get('/api/focus-areas').expect(200)).body as { code: string }[];
    expect(areas.map((a) => a.code)).toEqual(draft.focusAreas.map((a) => a.code));

    const after = await coverage(`?conferenceIds=${conferenceId}`);
    expect(after.focusAreas.map((a) => a.code)).toEqual(draft.focusAreas.map((a) => a.code));
    // Both themes count under the merged area, and the item tagged with both old areas counts once.
    expect(cell(after, 'digital-infrastructure')).toMatchObject({ themes: 2, items: 1, minutes: 45, share: 1 });
    expect(cell(after, 'infrastructure')).toBeUndefined();
    const items = (
      await t.http
        .get(`/api/reports/focus-area-coverage/items?focusArea=digital-infrastructure&conferenceId=${conferenceId}`)
        .set('Authorization', committee)
        .expect(200)
    ).body as CoverageItem[];
    expect(items.map((i) => i.title).sort()).toEqual(['AI i verkstaden', 'Digitala elnät', 'Elnät']);

    // The forms take the adopted version's codes, new ones included, and refuse the replaced ones.
    await t.http
      .post(`/api/conferences/${conferenceId}/themes`)
      .set('Authorization', committee)
      .send({ titleSv: 'Digitala nät', focusAreaCodes: ['digital-infrastructure'] })
      .expect(201);
    const old = await t.http
      .post(`/api/conferences/${conferenceId}/themes`)
      .set('Authorization', committee)
      .send({ titleSv: 'Gamla koder', focusAreaCodes: ['infrastructure'] })
      .expect(422);
    expect(old.body.code).toBe('strategy.unknown-focus-area');

    // Calendars follow the adopted version too: the item, tagged with the two old areas, is in the merged
    // area's feed, under its title once; the old codes' feeds are gone.
    await t.http.post(`/api/conferences/${conferenceId}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    const merged = draft.focusAreas.find((a) => a.code === 'digital-infrastructure') as StrategyVersionResponse['focusAreas'][number];
    const feed = ICAL.Component.fromString((await t.http.get('/api/calendar/focus-areas/digital-infrastructure.ics').expect(200)).text);
    expect(feed.getFirstPropertyValue('x-wr-calname')).toBe(`Samverkan: ${merged.titleSv}`);
    const event = feed.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('summary') === 'Digitala elnät');
    expect(event?.getAllProperties('categories').flatMap((p) => p.getValues())).toEqual([merged.titleSv]);
    expect((await t.http.get('/api/calendar/focus-areas/infrastructure.ics').expect(404)).body.code).toBe('calendar.unknown-focus-area');
    const conferenceFeed = ICAL.Component.fromString((await t.http.get(`/api/conferences/${conferenceId}/calendar.ics`).expect(200)).text);
    const inConference = conferenceFeed.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('summary') === 'Digitala elnät');
    expect(inConference?.getAllProperties('categories').flatMap((p) => p.getValues())).toEqual([merged.titleSv]);
  });

  it('imports the text of an old version recorded without it, once, and only into a replaced version', async () => {
    const text: StrategyContentRequest = {
      title: 'Finspångsmanifestet',
      preamble: 'Inledning till manifestet.',
      vision: 'Industrikommunerna ska blomstra.',
      focusAreas: [
        {
          code: 'energy',
          titleSv: 'Energi',
          titleEn: 'Energy',
          text: 'Om energi.',
          positions: [{ text: 'Elen ska räcka till industrin.' }],
        },
      ],
    };
    await t.http.post(`${URL}/${v2016.id}/import`).set('Authorization', council).send(text).expect(403);
    const imported = (await t.http.post(`${URL}/${v2016.id}/import`).set('Authorization', committee).send(text).expect(200))
      .body as StrategyVersionResponse;
    expect(imported).toMatchObject({ state: 'replaced', hasText: true, preamble: 'Inledning till manifestet.', adoptedAt: null });
    expect(imported.focusAreas).toEqual([
      expect.objectContaining({ code: 'energy', positions: [expect.objectContaining({ text: 'Elen ska räcka till industrin.' })] }),
    ]);
    const again = await t.http.post(`${URL}/${v2016.id}/import`).set('Authorization', committee).send(text).expect(409);
    expect(again.body).toMatchObject({ code: 'strategy.text-recorded' });
    const adopted = await t.http.post(`${URL}/${draft.id}/import`).set('Authorization', committee).send(text).expect(409);
    expect(adopted.body).toMatchObject({ code: 'strategy.wrong-state' });
    await t.http.post(`${URL}/00000000-0000-4000-8000-000000000000/import`).set('Authorization', committee).send(text).expect(404);
  });
  it('lets only one of several simultaneous drafts through, and answers the others 409 (never 500)', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.http
          .post(URL)
          .set('Authorization', i % 2 ? admin : committee)
          .send({ version: `samtidig-${i}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.code).toBe('strategy.draft-exists');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM strategies WHERE state IN ('draft', 'in-consultation')`);
    expect(n).toBe(1);
    const [{ adopted }] = await t.dataSource.query(`SELECT count(*)::int AS adopted FROM strategies WHERE state = 'adopted'`);
    expect(adopted).toBe(1);
  });
});
