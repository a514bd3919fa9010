import type { MeetingResponse } from '@samverkan/committee/contract';
import { createConference } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

describe('committee meetings, decisions and minutes', () => {
  let t: TestApp;
  let admin: string;
  let committee: string;
  let council: string;
  let otherMember: string;
  let ids: Record<'admin' | 'committee' | 'council', string>;
  const NONE = '00000000-0000-4000-8000-000000000000';
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(DEMO.admin);
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    const me = async (b: string) => (await t.http.get('/api/auth/me').set('Authorization', b)).body.id as string;
    ids = { admin: await me(admin), committee: await me(committee), council: await me(council) };
    await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ email: 'au2@demo.samverkan.se', name: 'Ulf Utskott', roles: ['working-committee'], password: 'ett-långt-lösenord-2' })
      .expect(201);
    otherMember = await t.login('au2@demo.samverkan.se', 'ett-långt-lösenord-2');
  });
  afterAll(() => t.close());

  async function submittedProposal(conferenceId: string, title: string, kind = 'theme') {
    const { body } = await t.http
      .post('/api/proposals')
      .set('Authorization', council)
      .send({
        kind,
        title,
        summary: 'Ett förslag till konferensen om energi.',
        focusAreaCodes: ['infrastructure', 'green-transition'],
        targetConferenceId: conferenceId,
      })
      .expect(201);
    await t.http.post(`/api/proposals/${body.id}/submit`).set('Authorization', council).expect(200);
    return body.id as string;
  }

  it('lists the people a meeting can call: active committee members and administrators, in Swedish order', async () => {
    const people = (await t.http.get('/api/committee/people').set('Authorization', committee).expect(200)).body as {
      id: string;
      name: string;
    }[];
    const found = people.map((p) => p.id);
    expect(found).toEqual(expect.arrayContaining([ids.admin, ids.committee]));
    expect(found).not.toContain(ids.council);
    const names = people.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
    // A deactivated committee member is no longer offered.
    const created = await t.http
      .post('/api/users')
      .set('Authorization', admin)
      .send({ email: 'orjan.oberg@example.se', name: 'Örjan Öberg', roles: ['working-committee'], password: 'ett-långt-lösenord-1' })
      .expect(201);
    expect((await t.http.get('/api/committee/people').set('Authorization', admin).expect(200)).body.at(-1).name).toBe('Örjan Öberg');
    await t.http.patch(`/api/users/${created.body.id}`).set('Authorization', admin).send({ active: false }).expect(200);
    const after = (await t.http.get('/api/committee/people').set('Authorization', admin).expect(200)).body as { id: string }[];
    expect(after.map((p) => p.id)).not.toContain(created.body.id);
    await t.http.get('/api/committee/people').set('Authorization', council).expect(403);
  });

  it('plans a meeting with the standard agenda, decides a proposal, locks the minutes, and the theme gets its lineage', async () => {
    const conference = await createConference(t, committee);
    const proposalId = await submittedProposal(conference.id, 'Energi för industrin');
    const returnedId = await submittedProposal(conference.id, 'Behöver mer arbete');

    const created = await t.http
      .post('/api/meetings')
      .set('Authorization', committee)
      .send({ title: 'AU-möte 1', startsAt: '2031-02-10T13:00:00+01:00', place: 'Finspång', participantIds: [ids.admin] })
      .expect(201);
    let meeting = created.body as MeetingResponse;
    expect(meeting.items.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Godkännande av dagordningen',
      'Val av justerare',
      'Föregående protokoll',
      'Övriga frågor',
    ]);
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(['Ada Administratör', 'Ulla Utskott']);

    for (const req of [t.http.get(`/api/meetings/${meeting.id}`).set('Authorization', council), t.http.get(`/api/meetings/${meeting.id}`)])
      expect((await req.expect(404)).body.code).toBe('request.not-found');
    await t.http.get(`/api/meetings/${meeting.id}/audit`).set('Authorization', council).expect(404);
    await t.http.get('/api/meetings/not-a-uuid').set('Authorization', committee).expect(404);
    await t.http.patch('/api/meetings/not-a-uuid').set('Authorization', committee).send({ title: 'x' }).expect(404);
    const unknown = await t.http.get(`/api/meetings/${NONE}`).set('Authorization', committee).expect(404);
    expect(unknown.body).toMatchObject({ code: 'committee.meeting-not-found', message: expect.stringContaining('Mötet finns inte.') });
    expect((await t.http.get(`/api/meetings/${NONE}/audit`).set('Authorization', committee).expect(404)).body.code).toBe(
      'committee.meeting-not-found',
    );
    const nobody = await t.http
      .patch(`/api/meetings/${meeting.id}`)
      .set('Authorization', committee)
      .send({ participantIds: [NONE] })
      .expect(422);
    expect(nobody.body).toMatchObject({ code: 'committee.unknown-person', errors: { participantIds: 'unknown' } });
    await t.http
      .post('/api/meetings')
      .set('Authorization', council)
      .send({ title: 'Nej', startsAt: '2031-02-10T13:00:00+01:00', participantIds: [] })
      .expect(403);

    meeting = (
      await t.http
        .post(`/api/meetings/${meeting.id}/items`)
        .set('Authorization', committee)
        .send({ kind: 'proposal', proposalId })
        .expect(201)
    ).body;
    meeting = (
      await t.http
        .post(`/api/meetings/${meeting.id}/items`)
        .set('Authorization', committee)
        .send({ kind: 'proposal', proposalId: returnedId })
        .expect(201)
    ).body;
    const twice = await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'proposal', proposalId })
      .expect(422);
    expect(twice.body).toMatchObject({
      code: 'committee.proposal-already-on-agenda',
      message: 'Förslaget finns redan på dagordningen.',
      errors: { proposalId: 'alreadyOnAgenda' },
    });
    const missing = await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'proposal', proposalId: NONE })
      .expect(422);
    expect(missing.body).toMatchObject({ code: 'committee.proposal-not-submitted', errors: { proposalId: 'notSubmitted' } });
    expect(meeting.items.map((i) => i.kind)).toEqual([
      'standard',
      'standard',
      'standard',
      'previous-minutes',
      'proposal',
      'proposal',
      'other',
    ]);

    // Reorder: the two proposals swap places.
    const order = meeting.items.map((i) => i.id);
    [order[4], order[5]] = [order[5], order[4]];
    meeting = (
      await t.http.put(`/api/meetings/${meeting.id}/items/order`).set('Authorization', committee).send({ itemIds: order }).expect(200)
    ).body;
    expect(meeting.items[4].proposalId).toBe(returnedId);
    const partial = await t.http
      .put(`/api/meetings/${meeting.id}/items/order`)
      .set('Authorization', committee)
      .send({ itemIds: order.slice(1) })
      .expect(400);
    expect(partial.body).toMatchObject({ code: 'committee.agenda-mismatch', errors: { itemIds: 'mismatch' } });

    meeting = (await t.http.post(`/api/meetings/${meeting.id}/notice`).set('Authorization', committee).expect(200)).body;
    expect(meeting.noticeSentAt).not.toBeNull();
    const notices = await t.http.get('/api/outbox?to=admin@demo.samverkan.se').set('Authorization', admin).expect(200);
    expect(notices.body.items[0].subject).toBe('Kallelse: AU-möte 1');
    expect(notices.body.items[0].text).toContain('Beslut om förslag: Energi för industrin');

    await t.http
      .put(`/api/meetings/${meeting.id}/attendance`)
      .set('Authorization', committee)
      .send({ presentUserIds: [ids.committee] })
      .expect(200);
    const acceptItem = meeting.items.find((i) => i.proposalId === proposalId);
    const returnItem = meeting.items.find((i) => i.proposalId === returnedId);
    const incomplete = await t.http
      .post(`/api/meetings/${meeting.id}/items/${acceptItem?.id}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'accept' })
      .expect(400);
    expect(incomplete.body).toMatchObject({ code: 'committee.decision-incomplete', errors: { motivation: 'required' } });
    expect(
      (
        await t.http
          .post(`/api/meetings/${meeting.id}/items/${NONE}/decision`)
          .set('Authorization', committee)
          .send({ decisionText: 'x' })
          .expect(404)
      ).body.code,
    ).toBe('committee.item-not-found');
    await t.http
      .post(`/api/meetings/${meeting.id}/items/${acceptItem?.id}/decision`)
      .set('Authorization', committee)
      .send({
        outcome: 'accept',
        motivation: 'Hög relevans för två fokusområden.',
        actionItems: [{ title: 'Boka talare', ownerId: ids.committee, dueDate: '2031-03-01', focusAreaCode: 'infrastructure' }],
      })
      .expect(200);
    await t.http
      .post(`/api/meetings/${meeting.id}/items/${returnItem?.id}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'return', motivation: 'Förtydliga målgruppen.' })
      .expect(200);
    const decidedTwice = await t.http
      .post(`/api/meetings/${meeting.id}/items/${acceptItem?.id}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'reject', motivation: 'Ångrat.' })
      .expect(422);
    expect(decidedTwice.body.code).toBe('committee.proposal-already-decided');
    const decidedItem = await t.http
      .delete(`/api/meetings/${meeting.id}/items/${acceptItem?.id}`)
      .set('Authorization', committee)
      .expect(422);
    expect(decidedItem.body.code).toBe('committee.decided-item-not-removable');

    const accepted = await t.http.get(`/api/proposals/${proposalId}`).set('Authorization', council).expect(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', decision: { outcome: 'accept', meetingId: meeting.id } });
    const returned = await t.http.get(`/api/proposals/${returnedId}`).set('Authorization', council).expect(200);
    expect(returned.body).toMatchObject({ state: 'returned', can: { edit: true, submit: true } });
    const mails = await t.http.get('/api/outbox?to=programrad@demo.samverkan.se').set('Authorization', admin).expect(200);
    expect(mails.body.items.map((m: { subject: string }) => m.subject)).toEqual(
      expect.arrayContaining([
        'Ditt förslag har antagits: Energi för industrin',
        'Ditt förslag har skickats tillbaka för ändringar: Behöver mer arbete',
      ]),
    );

    // Lineage: the theme is on the conference page, with where it came from.
    const page = await t.http.get(`/api/conferences/${conference.id}`).expect(200);
    const theme = page.body.themes.find((th: { titleSv: string }) => th.titleSv === 'Energi för industrin');
    expect(theme.focusAreas.map((f: { code: string }) => f.code)).toEqual(['infrastructure', 'green-transition']);
    expect(theme.sourceProposalId).toBe(proposalId);
    // Staff see the whole story; the programme council the proposal and its proposer; the public only the day.
    const lineage = await t.http.get(`/api/conferences/${conference.id}/lineage`).set('Authorization', committee).expect(200);
    expect(lineage.body).toEqual([
      {
        themeId: theme.id,
        proposalId,
        proposalTitle: 'Energi för industrin',
        proposerName: 'Pelle Programråd',
        meetingId: meeting.id,
        meetingTitle: 'AU-möte 1',
        decidedAt: expect.any(String),
        // Not from an open call.
        origin: null,
      },
    ]);
    const decidedAt = lineage.body[0].decidedAt;
    const forCouncil = await t.http.get(`/api/conferences/${conference.id}/lineage`).set('Authorization', council).expect(200);
    expect(forCouncil.body).toEqual([{ ...lineage.body[0], meetingId: null, meetingTitle: null }]);
    const anonymous = await t.http.get(`/api/conferences/${conference.id}/lineage`).expect(200);
    expect(anonymous.body).toEqual([
      {
        themeId: theme.id,
        proposalId: null,
        proposalTitle: null,
        proposerName: null,
        meetingId: null,
        meetingTitle: null,
        decidedAt,
        origin: null,
      },
    ]);
    expect(JSON.stringify(anonymous.body)).not.toMatch(/Pelle|AU-möte|Energi/);

    // Justering: chair and approver; then locked for ever.
    const noChecker = await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', committee).expect(422);
    expect(noChecker.body).toMatchObject({
      code: 'committee.minutes-checker-missing',
      message: 'Välj en justerare innan protokollet justeras.',
    });
    await t.http.patch(`/api/meetings/${meeting.id}`).set('Authorization', committee).send({ minutesApproverId: ids.admin }).expect(200);
    expect((await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', council).expect(403)).body.code).toBe(
      'auth.forbidden',
    );
    const bystander = await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', otherMember).expect(403);
    expect(bystander.body).toMatchObject({
      code: 'committee.not-minutes-checker',
      message: 'Bara mötets ordförande och justerare kan justera protokollet.',
    });
    let approved = (await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', committee).expect(200))
      .body as MeetingResponse;
    expect(approved.minutesStatus).toBe('draft');
    expect(approved.chairApprovedAt).toMatch(/[+-]\d{2}:\d{2}$/);
    const already = await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', committee).expect(403);
    expect(already.body).toMatchObject({ code: 'committee.minutes-already-adjusted', message: 'Du har redan justerat protokollet.' });
    approved = (await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', admin).expect(200)).body;
    expect(approved.minutesStatus).toBe('locked');

    const locked = await t.http.patch(`/api/meetings/${meeting.id}`).set('Authorization', committee).send({ title: 'Ändrad' }).expect(422);
    expect(locked.body).toMatchObject({
      code: 'committee.minutes-locked',
      message: 'Protokollet är justerat och låst, så mötet kan inte ändras.',
    });
    await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'other', title: 'Sent tillägg' })
      .expect(422);
    await t.http.put(`/api/meetings/${meeting.id}/attendance`).set('Authorization', committee).send({ presentUserIds: [] }).expect(422);
    expect((await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', admin).expect(422)).body.code).toBe(
      'committee.minutes-locked',
    );
    // Even a direct write to the database is refused.
    await expect(
      t.dataSource.query(`UPDATE meeting_items SET decision_text = 'efterhand' WHERE meeting_id = $1`, [meeting.id]),
    ).rejects.toThrow(/locked/);
    await expect(t.dataSource.query(`DELETE FROM meetings WHERE id = $1`, [meeting.id])).rejects.toThrow(/locked/);
    const log = await t.http.get(`/api/meetings/${meeting.id}/audit`).set('Authorization', committee).expect(200);
    expect(log.body.map((e: { action: string }) => e.action)).toContain('minutes.locked');
  });

  it('refuses to decide a proposal another meeting has decided', async () => {
    const conference = await createConference(t, committee);
    const proposalId = await submittedProposal(conference.id, 'På två möten');
    const meetingWith = async (title: string) => {
      const created = await t.http
        .post('/api/meetings')
        .set('Authorization', committee)
        .send({ title, startsAt: '2031-03-10T13:00:00+01:00', participantIds: [] })
        .expect(201);
      const withItem = await t.http
        .post(`/api/meetings/${created.body.id}/items`)
        .set('Authorization', committee)
        .send({ kind: 'proposal', proposalId })
        .expect(201);
      const meeting = withItem.body as MeetingResponse;
      return { id: meeting.id, itemId: meeting.items.find((i) => i.proposalId === proposalId)?.id as string };
    };
    const first = await meetingWith('AU-möte A');
    const second = await meetingWith('AU-möte B');
    const decide = (m: { id: string; itemId: string }) =>
      t.http
        .post(`/api/meetings/${m.id}/items/${m.itemId}/decision`)
        .set('Authorization', committee)
        .send({ outcome: 'reject', motivation: 'Ligger utanför strategin.' });
    await decide(first).expect(200);
    const late = await decide(second).expect(422);
    expect(late.body).toMatchObject({
      code: 'proposals.not-decidable',
      params: { title: 'På två möten' },
      message: 'Förslaget ”På två möten” är inte inlämnat för beslut.',
    });
    const item = (await t.http.get(`/api/meetings/${second.id}`).set('Authorization', committee).expect(200)).body.items.find(
      (i: { id: string }) => i.id === second.itemId,
    );
    expect(item).toMatchObject({ outcome: null, decidedAt: null });
  });

  it('puts open action items on the next meeting until they are closed', async () => {
    const first = (
      await t.http
        .post('/api/meetings')
        .set('Authorization', committee)
        .send({ title: 'AU-möte 2', startsAt: '2031-04-10T13:00:00+02:00', participantIds: [] })
        .expect(201)
    ).body as MeetingResponse;
    const other = first.items.find((i) => i.title === 'Övriga frågor');
    const outcome = await t.http
      .post(`/api/meetings/${first.id}/items/${other?.id}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'accept', motivation: 'Nej.' })
      .expect(400);
    expect(outcome.body).toMatchObject({ code: 'committee.outcome-only-for-proposals', errors: { outcome: 'notAProposal' } });
    await t.http
      .post(`/api/meetings/${first.id}/items/${other?.id}/decision`)
      .set('Authorization', committee)
      .send({ decisionText: 'Utreda lokaler', actionItems: [{ title: 'Hitta lokal för 2032', ownerId: ids.committee }] })
      .expect(200);
    const open = await t.http.get('/api/action-items?status=open').set('Authorization', committee).expect(200);
    const action = open.body.find((a: { title: string }) => a.title === 'Hitta lokal för 2032');
    expect(action).toBeDefined();
    expect(action.createdAt).toMatch(/[+-]\d{2}:\d{2}$/);

    const next = (
      await t.http
        .post('/api/meetings')
        .set('Authorization', committee)
        .send({ title: 'AU-möte 3', startsAt: '2031-05-10T13:00:00+02:00', participantIds: [] })
        .expect(201)
    ).body as MeetingResponse;
    expect(next.items.map((i) => i.title)).toContain('Uppföljning: Hitta lokal för 2032');

    const closed = await t.http
      .patch(`/api/action-items/${action.id}`)
      .set('Authorization', committee)
      .send({ status: 'closed' })
      .expect(200);
    expect(closed.body).toMatchObject({ id: action.id, status: 'closed', closedAt: expect.stringMatching(/[+-]\d{2}:\d{2}$/) });
    const noAction = await t.http.patch(`/api/action-items/${NONE}`).set('Authorization', committee).send({ status: 'closed' }).expect(404);
    expect(noAction.body.code).toBe('committee.action-item-not-found');
    const later = (
      await t.http
        .post('/api/meetings')
        .set('Authorization', committee)
        .send({ title: 'AU-möte 4', startsAt: '2031-06-10T13:00:00+02:00', participantIds: [] })
        .expect(201)
    ).body as MeetingResponse;
    expect(later.items.map((i) => i.title)).not.toContain('Uppföljning: Hitta lokal för 2032');
  });
});
