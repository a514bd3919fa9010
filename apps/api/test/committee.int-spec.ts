import type { MeetingResponse } from '@samverkan/committee/contract';
import { createConference } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

describe('committee meetings, decisions and minutes', () => {
  let t: TestApp;
  let admin: string;
  let committee: string;
  let council: string;
  let ids: Record<'admin' | 'committee' | 'council', string>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(DEMO.admin);
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    const me = async (b: string) => (await t.http.get('/api/auth/me').set('Authorization', b)).body.id as string;
    ids = { admin: await me(admin), committee: await me(committee), council: await me(council) };
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
      'Övriga frågor',
    ]);
    expect(meeting.participants.map((p) => p.name).sort()).toEqual(['Ada Administratör', 'Ulla Utskott']);

    await t.http.get(`/api/meetings/${meeting.id}`).set('Authorization', council).expect(404);
    await t.http.get(`/api/meetings/${meeting.id}`).expect(404);
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
    await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'proposal', proposalId })
      .expect(422);
    expect(meeting.items.map((i) => i.kind)).toEqual(['standard', 'standard', 'standard', 'proposal', 'proposal', 'other']);

    // Reorder: the two proposals swap places.
    const order = meeting.items.map((i) => i.id);
    [order[3], order[4]] = [order[4], order[3]];
    meeting = (
      await t.http.put(`/api/meetings/${meeting.id}/items/order`).set('Authorization', committee).send({ itemIds: order }).expect(200)
    ).body;
    expect(meeting.items[3].proposalId).toBe(returnedId);
    await t.http
      .put(`/api/meetings/${meeting.id}/items/order`)
      .set('Authorization', committee)
      .send({ itemIds: order.slice(1) })
      .expect(400);

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
    await t.http
      .post(`/api/meetings/${meeting.id}/items/${acceptItem?.id}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'accept' })
      .expect(400);
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
      },
    ]);
    const decidedAt = lineage.body[0].decidedAt;
    const forCouncil = await t.http.get(`/api/conferences/${conference.id}/lineage`).set('Authorization', council).expect(200);
    expect(forCouncil.body).toEqual([{ ...lineage.body[0], meetingId: null, meetingTitle: null }]);
    const anonymous = await t.http.get(`/api/conferences/${conference.id}/lineage`).expect(200);
    expect(anonymous.body).toEqual([
      { themeId: theme.id, proposalId: null, proposalTitle: null, proposerName: null, meetingId: null, meetingTitle: null, decidedAt },
    ]);
    expect(JSON.stringify(anonymous.body)).not.toMatch(/Pelle|AU-möte|Energi/);

    // Justering: chair and approver; then locked for ever.
    await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', committee).expect(422);
    await t.http.patch(`/api/meetings/${meeting.id}`).set('Authorization', committee).send({ minutesApproverId: ids.admin }).expect(200);
    await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', council).expect(403);
    let approved = (await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', committee).expect(200))
      .body as MeetingResponse;
    expect(approved.minutesStatus).toBe('draft');
    approved = (await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', admin).expect(200)).body;
    expect(approved.minutesStatus).toBe('locked');

    await t.http.patch(`/api/meetings/${meeting.id}`).set('Authorization', committee).send({ title: 'Ändrad' }).expect(422);
    await t.http
      .post(`/api/meetings/${meeting.id}/items`)
      .set('Authorization', committee)
      .send({ kind: 'other', title: 'Sent tillägg' })
      .expect(422);
    await t.http.put(`/api/meetings/${meeting.id}/attendance`).set('Authorization', committee).send({ presentUserIds: [] }).expect(422);
    await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', admin).expect(422);
    // Even a direct write to the database is refused.
    await expect(
      t.dataSource.query(`UPDATE meeting_items SET decision_text = 'efterhand' WHERE meeting_id = $1`, [meeting.id]),
    ).rejects.toThrow(/locked/);
    await expect(t.dataSource.query(`DELETE FROM meetings WHERE id = $1`, [meeting.id])).rejects.toThrow(/locked/);
    const log = await t.http.get(`/api/meetings/${meeting.id}/audit`).set('Authorization', committee).expect(200);
    expect(log.body.map((e: { action: string }) => e.action)).toContain('minutes.locked');
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
    await t.http
      .post(`/api/meetings/${first.id}/items/${other?.id}/decision`)
      .set('Authorization', committee)
      .send({ decisionText: 'Utreda lokaler', actionItems: [{ title: 'Hitta lokal för 2032', ownerId: ids.committee }] })
      .expect(200);
    const open = await t.http.get('/api/action-items?status=open').set('Authorization', committee).expect(200);
    const action = open.body.find((a: { title: string }) => a.title === 'Hitta lokal för 2032');
    expect(action).toBeDefined();

    const next = (
      await t.http
        .post('/api/meetings')
        .set('Authorization', committee)
        .send({ title: 'AU-möte 3', startsAt: '2031-05-10T13:00:00+02:00', participantIds: [] })
        .expect(201)
    ).body as MeetingResponse;
    expect(next.items.map((i) => i.title)).toContain('Uppföljning: Hitta lokal för 2032');

    await t.http.patch(`/api/action-items/${action.id}`).set('Authorization', committee).send({ status: 'closed' }).expect(200);
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
