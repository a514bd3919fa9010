import type { StrategyContentRequest, StrategyVersionResponse } from '@samverkan/strategy/contract';
import { createConference, decideAdoption } from './support/factories';
import { pdfText } from './support/pdf-text';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

const URL = '/api/strategies';
const APPENDIX_SV = 'Bilaga: Konferensarbetet som strategin bygger på';
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('the published strategy', () => {
  let t: TestApp;
  let committee: string;
  let seeded: StrategyVersionResponse;

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  it('answers the adopted version to anyone, shareable, and its PDF with an appendix that says no position cites yet', async () => {
    const res = await t.http.get(`${URL}/current`).expect(200);
    seeded = res.body;
    expect(seeded.state).toBe('adopted');
    expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const { text, headers } = await pdfText(t.http.get(`${URL}/current.pdf`));
    expect(headers['content-disposition']).toBe(`inline; filename="strategi-${seeded.version}.pdf"`);
    const flat = squeeze(text);
    expect(flat).toContain(seeded.title);
    expect(flat).toContain('Vision');
    for (const area of seeded.focusAreas) expect(flat).toContain(area.titleSv);
    expect(flat).toContain(squeeze(seeded.focusAreas[0].positions[0].text));
    expect(flat).toContain(APPENDIX_SV);
    expect(flat).toContain('Ingen ståndpunkt i den här versionen hänvisar till konferensarbetet.');
  });

  it('in English: the headings and area titles, the text as adopted; another language is refused', async () => {
    const { text } = await pdfText(t.http.get(`${URL}/current.pdf?lang=en`));
    const flat = squeeze(text);
    expect(flat).toContain('Appendix: The conference work this strategy builds on');
    expect(flat).toContain(seeded.focusAreas[0].titleEn);
    expect(flat).not.toContain(APPENDIX_SV);
    expect(flat).toContain(squeeze(seeded.focusAreas[0].positions[0].text));
    const bad = await t.http.get(`${URL}/current.pdf?lang=de`).expect(400);
    expect(bad.body.errors).toHaveProperty('lang');
  });

  it('after a version with citations is adopted at a meeting, the PDF numbers them and the appendix lists what they cite', async () => {
    const conference = await createConference(t, committee, {
      titleSv: 'Publiceringskonferensen',
      startsAt: '2034-04-10T09:00:00+02:00',
      endsAt: '2034-04-10T16:00:00+02:00',
      capacity: 20,
    });
    const theme = await t.http
      .post(`/api/conferences/${conference.id}/themes`)
      .set('Authorization', committee)
      .send({ titleSv: 'Vätgas och elnät i Bergslagen', focusAreaCodes: ['infrastructure'] })
      .expect(201);
    const gone = await t.http
      .post(`/api/conferences/${conference.id}/themes`)
      .set('Authorization', committee)
      .send({ titleSv: 'Ett tema som tas bort', focusAreaCodes: ['skills'] })
      .expect(201);

    const draft = (await t.http.post(URL).set('Authorization', committee).send({ version: '2034' }).expect(201))
      .body as StrategyVersionResponse;
    const content: StrategyContentRequest = {
      title: 'Strategi 2034',
      preamble: draft.preamble,
      vision: draft.vision,
      focusAreas: draft.focusAreas.map((a) => ({ ...a, positions: a.positions.map((p) => ({ id: p.id, text: p.text })) })),
    };
    await t.http.put(`${URL}/${draft.id}/content`).set('Authorization', committee).send(content).expect(200);
    const first = draft.focusAreas[0].positions[0];
    const second = draft.focusAreas[0].positions[1];
    const cite = (positionId: string, refId: string) =>
      t.http.post(`${URL}/${draft.id}/citations`).set('Authorization', committee).send({ positionId, kind: 'theme', refId }).expect(201);
    await cite(first.id, theme.body.id);
    await cite(second.id, theme.body.id);
    await cite(second.id, gone.body.id);
    await t.http.post(`${URL}/${draft.id}/consultation`).set('Authorization', committee).expect(200);
    // Not published while in consultation.
    expect((await t.http.get(`${URL}/current`).expect(200)).body.id).toBe(seeded.id);
    expect((await decideAdoption(t, committee, draft.id)).status).toBe(200);
    await t.http.delete(`/api/conferences/${conference.id}/themes/${gone.body.id}`).set('Authorization', committee).expect(204);

    const current = (await t.http.get(`${URL}/current`).expect(200)).body as StrategyVersionResponse;
    expect(current).toMatchObject({ id: draft.id, title: 'Strategi 2034', state: 'adopted' });
    const { text } = await pdfText(t.http.get(`${URL}/current.pdf`));
    const flat = squeeze(text);
    expect(flat).toContain('Strategi 2034');
    // The same evidence keeps its first number; each position lists its footnotes.
    expect(flat).toContain(`1. ${squeeze(first.text)} [1]`);
    expect(flat).toContain(`2. ${squeeze(second.text)} [1][2]`);
    const appendix = flat.slice(flat.indexOf(APPENDIX_SV));
    expect(appendix).toContain('[1] Tema: Vätgas och elnät i Bergslagen – Publiceringskonferensen');
    expect(appendix).toContain('[2] Det som hänvisas till finns inte längre.');
    expect(appendix).not.toContain('Ingen ståndpunkt');
    const { text: english } = await pdfText(t.http.get(`${URL}/current.pdf?lang=en`));
    expect(squeeze(english)).toContain('[1] Theme: Vätgas och elnät i Bergslagen – Publiceringskonferensen');
  });

  it('answers 404 when no version is adopted, and changes nothing', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM strategies WHERE state = 'adopted'`);
    await t.dataSource.query(`UPDATE strategies SET state = 'replaced' WHERE id = $1`, [id]);
    try {
      expect((await t.http.get(`${URL}/current`).expect(404)).body.code).toBe('strategy.none-current');
      expect((await t.http.get(`${URL}/current.pdf`).expect(404)).body.code).toBe('strategy.none-current');
    } finally {
      await t.dataSource.query(`UPDATE strategies SET state = 'adopted' WHERE id = $1`, [id]);
    }
  });
});
