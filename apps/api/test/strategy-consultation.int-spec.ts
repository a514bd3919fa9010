import type { MeetingResponse } from '@samverkan/committee/contract';
import type {
  StrategyCommentResponse,
  StrategyConsultationResponse,
  StrategyVersionResponse,
  StrategyVersionSummary,
  WordingProposalResponse,
} from '@samverkan/strategy/contract';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const URL = '/api/strategies';
const NONE = '00000000-0000-4000-8000-000000000000';

describe('strategy consultation: comments, wording proposals and adoption at a meeting', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let admin: string;
  let otherCouncil: string;
  let adopted: StrategyVersionSummary;
  let draft: StrategyVersionResponse;
  let positionId: string;
  let secondPositionId: string;

  const mails = async (to: string) =>
    (await t.dataSource.query(`SELECT subject, text FROM outbox_messages WHERE "to" = $1 ORDER BY created_at`, [to])) as {
      subject: string;
      text: string;
    }[];
  const stateOf = async (id: string) =>
    ((await t.dataSource.query(`SELECT state FROM strategies WHERE id = $1`, [id])) as { state: string }[])[0].state;
  const consultation = async (bearer = council) =>
    (await t.http.get(`${URL}/${draft.id}/consultation`).set('Authorization', bearer).expect(200)).body as StrategyConsultationResponse;
  const comment = (bearer: string, text: string, position = positionId, strategy = draft.id) =>
    t.http.post(`${URL}/${strategy}/positions/${position}/comments`).set('Authorization', bearer).send({ text });
  const propose = (bearer: string, text: string, position = positionId) =>
    t.http.post(`${URL}/${draft.id}/positions/${position}/wording-proposals`).set('Authorization', bearer).send({ text });
  const decideWording = (id: string, body: object, bearer = committee) =>
    t.http.post(`${URL}/${draft.id}/wording-proposals/${id}/decision`).set('Authorization', bearer).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    admin = await t.login(DEMO.admin);
    for (const [email, active] of [
      ['rad2@demo.samverkan.se', true],
      ['rad3@demo.samverkan.se', false],
    ] as const) {
      const created = await t.http
        .post('/api/users')
        .set('Authorization', admin)
        .send({ email, name: `Rådsmedlem ${email[3]}`, roles: ['programme-council'], password: 'ett-långt-lösenord-2' })
        .expect(201);
      if (!active) await t.http.patch(`/api/users/${created.body.id}`).set('Authorization', admin).send({ active: false }).expect(200);
    }
    otherCouncil = await t.login('rad2@demo.samverkan.se', 'ett-långt-lösenord-2');
    const list = (await t.http.get(URL).expect(200)).body as StrategyVersionSummary[];
    adopted = list.find((v) => v.state === 'adopted') as StrategyVersionSummary;
    draft = (await t.http.post(URL).set('Authorization', committee).send({ version: '2028', title: 'Strategi 2028' }).expect(201))
      .body as StrategyVersionResponse;
    positionId = draft.focusAreas[0].positions[0].id;
    secondPositionId = draft.focusAreas[0].positions[1].id;
  });
  afterAll(() => t.close());

  it('takes no comments or proposals on a draft (409), writing nothing', async () => {
    const before = await rowCounts(t.dataSource);
    expect((await comment(council, 'För tidigt.').expect(409)).body.code).toBe('strategy.not-in-consultation');
    expect((await propose(council, 'En ny formulering.').expect(409)).body.code).toBe('strategy.not-in-consultation');
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('mails every active council and committee member, with the link, when the draft goes to consultation', async () => {
    const sent = await t.http.post(`${URL}/${draft.id}/consultation`).set('Authorization', committee).expect(200);
    expect(sent.body.state).toBe('in-consultation');
    for (const to of [DEMO.council, DEMO.committee, 'rad2@demo.samverkan.se']) {
      const got = await mails(to);
      expect(got.map((m) => m.subject)).toEqual(['Strategin på remiss: Strategi 2028 (2028)']);
      expect(got[0].text).toContain(`http://localhost:3000/strategi/${draft.id}`);
    }
    expect(await mails('rad3@demo.samverkan.se')).toEqual([]);
    expect((await mails(DEMO.admin)).filter((m) => m.subject.startsWith('Strategin på remiss'))).toEqual([]);
  });

  it('takes comments per position from the council and the committee, and lets only the author delete one', async () => {
    const first = (await comment(council, '  Bra, men lägg till kommunerna.  ').expect(201)).body as StrategyCommentResponse;
    expect(first).toMatchObject({ positionId, text: 'Bra, men lägg till kommunerna.', authorName: expect.any(String) });
    await comment(committee, 'Vi tar med det.').expect(201);
    await comment(otherCouncil, 'Håller med.', secondPositionId).expect(201);
    const seen = await consultation(committee);
    expect(seen.comments.map((c) => [c.positionId, c.text])).toEqual([
      [positionId, 'Bra, men lägg till kommunerna.'],
      [positionId, 'Vi tar med det.'],
      [secondPositionId, 'Håller med.'],
    ]);

    // Another person's comment: 403; one's own: gone.
    expect((await t.http.delete(`${URL}/${draft.id}/comments/${first.id}`).set('Authorization', otherCouncil).expect(403)).body.code).toBe(
      'strategy.not-comment-author',
    );
    await t.http.delete(`${URL}/${draft.id}/comments/${first.id}`).set('Authorization', council).expect(204);
    expect((await t.http.delete(`${URL}/${draft.id}/comments/${first.id}`).set('Authorization', council).expect(404)).body.code).toBe(
      'strategy.comment-not-found',
    );
    expect((await consultation()).comments).toHaveLength(2);

    // Anonymous: 401; a position of the adopted version is not one of this version's.
    await comment('', 'Anonym').expect(401);
    const current = (await t.http.get(`${URL}/${adopted.id}`).expect(200)).body as StrategyVersionResponse;
    expect((await comment(council, 'Fel version.', current.focusAreas[0].positions[0].id).expect(404)).body.code).toBe(
      'strategy.position-not-found',
    );
    expect((await comment(council, 'Fel version.', positionId, NONE).expect(404)).body.code).toBe('strategy.not-found');
  });

  it('refuses bad input with 400 and codes, writing nothing', async () => {
    const before = await rowCounts(t.dataSource);
    const tooLong = await comment(council, 'x'.repeat(2001)).expect(400);
    expect(tooLong.body).toMatchObject({ statusCode: 400, code: 'validation.failed', errors: { text: expect.any(String) } });
    expect((await comment(council, ' ').expect(400)).body.code).toBe('validation.failed');
    expect(
      (
        await t.http
          .post(`${URL}/${draft.id}/positions/${positionId}/comments`)
          .set('Authorization', council)
          .send({ text: 'ok text', extra: 1 })
          .expect(400)
      ).body.code,
    ).toBe('validation.failed');
    expect((await propose(council, draft.focusAreas[0].positions[0].text).expect(409)).body.code).toBe('strategy.wording-unchanged');
    expect((await decideWording(NONE, { decision: 'maybe' }).expect(400)).body.code).toBe('validation.failed');
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('accepts a wording proposal (the position takes the text), rejects another with a reason, each once, and mails the proposer', async () => {
    const newText = 'Fossilfri el ska prioriteras i hela landet för att nå klimatmålen.';
    const accepted = (await propose(council, newText).expect(201)).body as WordingProposalResponse;
    const rejected = (await propose(otherCouncil, 'En kortare ståndpunkt.', secondPositionId).expect(201)).body as WordingProposalResponse;
    expect(accepted).toMatchObject({ status: 'pending', reason: null, decidedAt: null });

    // The council may not decide.
    await decideWording(accepted.id, { decision: 'accepted' }, council).expect(403);
    const ok = (await decideWording(accepted.id, { decision: 'accepted', reason: 'ignoreras' }).expect(200))
      .body as WordingProposalResponse;
    expect(ok).toMatchObject({ status: 'accepted', reason: null, decidedAt: expect.any(String) });
    const version = (await t.http.get(`${URL}/${draft.id}`).set('Authorization', committee).expect(200)).body as StrategyVersionResponse;
    expect(version.focusAreas[0].positions[0]).toEqual({ id: positionId, text: newText });

    const no = (await decideWording(rejected.id, { decision: 'rejected', reason: 'Vi behåller bredden.' }).expect(200)).body;
    expect(no).toMatchObject({ status: 'rejected', reason: 'Vi behåller bredden.' });
    expect(
      ((await t.http.get(`${URL}/${draft.id}`).set('Authorization', committee).expect(200)).body as StrategyVersionResponse).focusAreas[0]
        .positions[1].text,
    ).toBe(draft.focusAreas[0].positions[1].text);

    // Decided once: 409 after, nothing changes.
    expect((await decideWording(accepted.id, { decision: 'rejected' }).expect(409)).body.code).toBe('strategy.wording-decided');
    expect((await decideWording(rejected.id, { decision: 'accepted' }).expect(409)).body.code).toBe('strategy.wording-decided');
    expect((await consultation()).wordingProposals.map((p) => p.status)).toEqual(['accepted', 'rejected']);

    const toCouncil = (await mails(DEMO.council)).map((m) => m.subject);
    expect(toCouncil).toContain('Formuleringsförslag godtaget: Strategi 2028');
    const toOther = await mails('rad2@demo.samverkan.se');
    expect(toOther.map((m) => m.subject)).toContain('Formuleringsförslag avslaget: Strategi 2028');
    expect(toOther.find((m) => m.subject.startsWith('Formuleringsförslag'))?.text).toContain('Motivering: Vi behåller bredden.');
  });

  async function meetingWithAdoption(title: string): Promise<{ meeting: MeetingResponse; itemId: string }> {
    const created = await t.http
      .post('/api/meetings')
      .set('Authorization', committee)
      .send({ title, startsAt: '2031-03-10T13:00:00+01:00', participantIds: [] })
      .expect(201);
    const meeting = (
      await t.http
        .post(`/api/meetings/${created.body.id}/items`)
        .set('Authorization', committee)
        .send({ kind: 'strategy-adoption', strategyId: draft.id })
        .expect(201)
    ).body as MeetingResponse;
    const item = meeting.items.find((i) => i.kind === 'strategy-adoption');
    expect(item).toMatchObject({ strategyId: draft.id, title: 'Beslut om att anta strategin: Strategi 2028 (2028)' });
    return { meeting, itemId: item?.id as string };
  }

  it('puts only a version in consultation on the agenda, once per meeting', async () => {
    const { meeting } = await meetingWithAdoption('AU-möte om strategin');
    const again = await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'strategy-adoption', strategyId: draft.id })
      .expect(409);
    expect(again.body.code).toBe('committee.strategy-already-on-agenda');
    const adoptedOne = await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'strategy-adoption', strategyId: adopted.id })
      .expect(409);
    expect(adoptedOne.body).toMatchObject({ code: 'committee.strategy-not-in-consultation', errors: { strategyId: 'notInConsultation' } });
    const missing = await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'strategy-adoption' })
      .expect(400);
    expect(missing.body.errors).toHaveProperty('strategyId');
  });

  it('a rejected decision leaves the version in consultation; an outcome is required', async () => {
    const { meeting, itemId } = await meetingWithAdoption('AU-möte som avslår');
    const incomplete = await t.http
      .post(`/api/meetings/${meeting.id}/items/${itemId}/decision`)
      .set('Authorization', committee)
      .send({})
      .expect(400);
    expect(incomplete.body).toMatchObject({ code: 'committee.decision-incomplete', errors: { outcome: 'required' } });
    await t.http
      .post(`/api/meetings/${meeting.id}/items/${itemId}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'reject', decisionText: 'Remissen fortsätter.' })
      .expect(200);
    expect(await stateOf(draft.id)).toBe('in-consultation');
    const twice = await t.http
      .post(`/api/meetings/${meeting.id}/items/${itemId}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'accept' })
      .expect(409);
    expect(twice.body.code).toBe('committee.strategy-already-decided');
    expect(await stateOf(draft.id)).toBe('in-consultation');
  });

  it('a failing adoption leaves the meeting decision unwritten', async () => {
    const { meeting, itemId } = await meetingWithAdoption('AU-möte med ofullständig koppling');
    // Break the draft's mapping behind the API's back, so adopting is refused.
    await t.dataSource.query(`DELETE FROM focus_area_mappings WHERE strategy_id = $1`, [draft.id]);
    const refused = await t.http
      .post(`/api/meetings/${meeting.id}/items/${itemId}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'accept', decisionText: 'Strategin antas.' })
      .expect(409);
    expect(refused.body.code).toBe('strategy.mapping-incomplete');
    const [row] = await t.dataSource.query(`SELECT outcome, decided_at FROM meeting_items WHERE id = $1`, [itemId]);
    expect(row).toEqual({ outcome: null, decided_at: null });
    expect(await stateOf(draft.id)).toBe('in-consultation');
    await t.dataSource.query(
      `INSERT INTO focus_area_mappings (strategy_id, from_code, to_code) SELECT $1, code, code FROM focus_areas WHERE strategy_id = $2`,
      [draft.id, adopted.id],
    );
  });

  it('an approved decision adopts the version with the meeting and decision, replaces the previous, and closes the consultation', async () => {
    const { meeting, itemId } = await meetingWithAdoption('AU-möte som antar');
    const decided = (
      await t.http
        .post(`/api/meetings/${meeting.id}/items/${itemId}/decision`)
        .set('Authorization', committee)
        .send({ outcome: 'accept', decisionText: 'Strategin antas.' })
        .expect(200)
    ).body as MeetingResponse;
    expect(decided.items.find((i) => i.id === itemId)).toMatchObject({ outcome: 'accept', decidedAt: expect.any(String) });
    const version = (await t.http.get(`${URL}/${draft.id}`).expect(200)).body as StrategyVersionResponse;
    expect(version).toMatchObject({
      state: 'adopted',
      adoptedMeetingId: meeting.id,
      adoptedDecisionId: itemId,
      adoptedAt: expect.any(String),
    });
    expect(await stateOf(adopted.id)).toBe('replaced');

    // After the consultation: no more comments, proposals or deletions.
    expect((await comment(council, 'För sent.').expect(409)).body.code).toBe('strategy.not-in-consultation');
    const left = (await consultation()).comments.find((c) => c.text === 'Vi tar med det.') as StrategyCommentResponse;
    expect((await t.http.delete(`${URL}/${draft.id}/comments/${left.id}`).set('Authorization', committee).expect(409)).body.code).toBe(
      'strategy.not-in-consultation',
    );
  });
});
