import { createHash } from 'node:crypto';
import type { Test } from 'supertest';
import type { MeetingResponse } from '@samverkan/committee/contract';
import { createConference } from './support/factories';
import { pdfToText } from './support/pdf-text';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/** The response body as bytes, whatever its type. */
const bytes = (req: Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

interface OutboxRow {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string; encoding?: string }[];
}

describe('minutes as PDF', () => {
  let t: TestApp;
  let admin: string;
  let committee: string;
  let council: string;
  let asa: string;
  let ids: Record<'admin' | 'committee' | 'asa', string>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(DEMO.admin);
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    const newUser = async (email: string, name: string) =>
      (
        await t.http
          .post('/api/users')
          .set('Authorization', admin)
          .send({ email, name, roles: ['working-committee'], password: 'ett-långt-lösenord-3' })
          .expect(201)
      ).body.id as string;
    const asaId = await newUser('asa.oberg@example.se', 'Åsa Öberg');
    // A committee member who has left: no mail.
    const boId = await newUser('bo.borta@example.se', 'Bo Borta');
    await t.http.patch(`/api/users/${boId}`).set('Authorization', admin).send({ active: false }).expect(200);
    asa = await t.login('asa.oberg@example.se', 'ett-långt-lösenord-3');
    const me = async (b: string) => (await t.http.get('/api/auth/me').set('Authorization', b)).body.id as string;
    ids = { admin: await me(admin), committee: await me(committee), asa: asaId };
  });
  afterAll(() => t.close());

  async function createMeeting(title: string, startsAt: string, extra: Record<string, unknown> = {}): Promise<MeetingResponse> {
    return (
      await t.http
        .post('/api/meetings')
        .set('Authorization', committee)
        .send({ title, startsAt, participantIds: [ids.asa, ids.admin], ...extra })
        .expect(201)
    ).body;
  }

  const previousItem = (m: MeetingResponse) => m.items.find((i) => i.kind === 'previous-minutes');
  const get = async (id: string) =>
    (await t.http.get(`/api/meetings/${id}`).set('Authorization', committee).expect(200)).body as MeetingResponse;
  const pdfRows = async (id: string) =>
    (await t.dataSource.query(`SELECT pdf, sha256, created_at FROM meeting_minutes_pdfs WHERE meeting_id = $1`, [id])) as {
      pdf: Buffer;
      sha256: string;
    }[];

  it('makes, stores and mails the PDF when the minutes are justerat, serves it to the committee, and keeps the agendas’ previous minutes current', async () => {
    const demo = ((await t.http.get('/api/meetings').set('Authorization', committee).expect(200)).body as MeetingResponse[]).find(
      (m) => m.minutesStatus === 'locked',
    ) as MeetingResponse;

    // A meeting before every justerat one: its previous-minutes item says there are none.
    const first = await createMeeting('Det allra första mötet', '2001-01-10T10:00:00+01:00');
    expect(first.items.map((i) => i.kind)).toEqual(['standard', 'standard', 'standard', 'previous-minutes', 'other']);
    expect(previousItem(first)).toMatchObject({ title: 'Föregående protokoll', previousMinutes: null });

    // Later meetings refer to the last justerat minutes before them: the demo meeting's.
    const conference = await createConference(t, committee);
    const proposal = await t.http
      .post('/api/proposals')
      .set('Authorization', council)
      .send({
        kind: 'theme',
        title: 'Fjärrvärme och elnät i Ärla',
        summary: 'Ett förslag om energi.',
        focusAreaCodes: ['infrastructure'],
        targetConferenceId: conference.id,
      })
      .expect(201);
    await t.http.post(`/api/proposals/${proposal.body.id}/submit`).set('Authorization', council).expect(200);
    let meeting = await createMeeting('AU-möte i Växjö', '2031-02-10T13:00:00+01:00', {
      endsAt: '2031-02-10T15:00:00+01:00',
      place: 'Stadshuset i Växjö',
    });
    const next = await createMeeting('AU-möte i Åre', '2031-03-10T13:00:00+01:00');
    for (const m of [meeting, next])
      expect(previousItem(m)?.previousMinutes).toEqual({
        meetingId: demo.id,
        title: demo.title,
        startsAt: demo.startsAt,
        lockedAt: expect.any(String),
      });

    meeting = (
      await t.http
        .post(`/api/meetings/${meeting.id}/items`)
        .set('Authorization', committee)
        .send({ kind: 'proposal', proposalId: proposal.body.id })
        .expect(201)
    ).body;
    const proposalItem = meeting.items.find((i) => i.kind === 'proposal');
    await t.http
      .post(`/api/meetings/${meeting.id}/items/${proposalItem?.id}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'accept', motivation: 'Värmen når både skolor och äldreboenden.' })
      .expect(200);
    const other = meeting.items.find((i) => i.kind === 'other');
    await t.http
      .post(`/api/meetings/${meeting.id}/items/${other?.id}/decision`)
      .set('Authorization', committee)
      .send({
        decisionText: 'Höstmötet hålls i Östersund – lokalen bokas.',
        actionItems: [{ title: 'Boka lokal i Östersund', ownerId: ids.asa, dueDate: '2031-03-31' }],
      })
      .expect(200);
    await t.http
      .put(`/api/meetings/${meeting.id}/attendance`)
      .set('Authorization', committee)
      .send({ presentUserIds: [ids.committee, ids.asa] })
      .expect(200);
    await t.http.patch(`/api/meetings/${meeting.id}`).set('Authorization', committee).send({ minutesApproverId: ids.asa }).expect(200);

    // Before justering: no PDF, and the route says why.
    const early = await t.http.get(`/api/meetings/${meeting.id}/minutes.pdf`).set('Authorization', committee).expect(422);
    expect(early.body.code).toBe('committee.minutes-not-adjusted');
    await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', committee).expect(200);
    expect(await pdfRows(meeting.id)).toEqual([]);
    expect((await t.http.get(`/api/meetings/${meeting.id}/minutes.pdf`).set('Authorization', admin).expect(422)).body.code).toBe(
      'committee.minutes-not-adjusted',
    );
    const mailsBefore: { count: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE subject LIKE 'Justerat protokoll%'`,
    );
    expect(mailsBefore[0].count).toBe(0);

    // The minutes checker approves last: the minutes lock, and the PDF is made in that transaction.
    const locked = (await t.http.post(`/api/meetings/${meeting.id}/minutes/approve`).set('Authorization', asa).expect(200))
      .body as MeetingResponse;
    expect(locked.minutesStatus).toBe('locked');
    const [stored] = await pdfRows(meeting.id);
    expect(stored.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(stored.sha256).toBe(createHash('sha256').update(stored.pdf).digest('hex'));

    const res = await bytes(t.http.get(`/api/meetings/${meeting.id}/minutes.pdf`).set('Authorization', committee));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="protokoll-au-mote-i-vaxjo-2031-02-10.pdf"');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(res.body as Buffer, stored.pdf)).toBe(0);

    const text = await pdfToText(res.body as Buffer);
    for (const expected of [
      'Svenska Industrikommuner',
      'Protokoll – AU-möte i Växjö',
      'måndag 10 februari 2031 13:00–15:00',
      'Stadshuset i Växjö',
      'Närvarande: Ulla Utskott, Åsa Öberg',
      'Frånvarande: Ada Administratör',
      '§ 1 Mötets öppnande',
      `§ 4 Föregående protokoll`,
      `Protokollet från ${demo.title}`,
      '§ 5 Beslut om förslag: Fjärrvärme och elnät i Ärla',
      'Beslut: Förslaget antas.',
      'Motivering: Värmen når både skolor och äldreboenden.',
      '§ 6 Övriga frågor',
      'Beslut: Höstmötet hålls i Östersund – lokalen bokas.',
      'Åtgärd: Boka lokal i Östersund (ansvarig: Åsa Öberg, senast 31 mars 2031)',
      'Ordförande: Ulla Utskott, justerat',
      'Justerare: Åsa Öberg, justerat',
      'Sida 1 av 1',
    ])
      expect(text.replace(/[ \t]+/g, ' ')).toContain(expected);

    // One e-post per active committee member, the PDF attached; not to the administrator or someone who has left.
    const mails: OutboxRow[] = await t.dataSource.query(
      `SELECT "to", subject, text, attachments FROM outbox_messages WHERE subject_ref = $1 AND subject LIKE 'Justerat protokoll%' ORDER BY "to"`,
      [`meeting:${meeting.id}`],
    );
    expect(mails.map((m) => m.to)).toEqual(['asa.oberg@example.se', DEMO.committee]);
    for (const mail of mails) {
      expect(mail.subject).toBe('Justerat protokoll: AU-möte i Växjö');
      expect(mail.text).toContain('Protokollet från AU-möte i Växjö den 10 februari 2031 är justerat.');
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]).toMatchObject({
        filename: 'protokoll-au-mote-i-vaxjo-2031-02-10.pdf',
        contentType: 'application/pdf',
        encoding: 'base64',
      });
      expect(Buffer.compare(Buffer.from(mail.attachments[0].content, 'base64'), stored.pdf)).toBe(0);
    }

    // Who may fetch it: the committee and administrators; to everyone else the meeting does not exist.
    await bytes(t.http.get(`/api/meetings/${meeting.id}/minutes.pdf`).set('Authorization', admin)).expect(200);
    expect((await t.http.get(`/api/meetings/${meeting.id}/minutes.pdf`).set('Authorization', council).expect(404)).body.code).toBe(
      'request.not-found',
    );
    await t.http.get(`/api/meetings/${meeting.id}/minutes.pdf`).expect(404);
    const unknown = await t.http
      .get('/api/meetings/00000000-0000-4000-8000-000000000000/minutes.pdf')
      .set('Authorization', committee)
      .expect(404);
    expect(unknown.body.code).toBe('committee.meeting-not-found');

    // The draft agenda planned before now refers to these minutes; so does a new one; the meeting before them keeps none.
    const expected = { meetingId: meeting.id, title: 'AU-möte i Växjö', startsAt: '2031-02-10T13:00:00+01:00', lockedAt: locked.lockedAt };
    expect(previousItem(await get(next.id))?.previousMinutes).toEqual(expected);
    const later = await createMeeting('AU-möte i Luleå', '2031-04-14T13:00:00+02:00');
    expect(previousItem(later)?.previousMinutes).toEqual(expected);
    expect(previousItem(await get(first.id))?.previousMinutes).toBeNull();
  });

  it('makes the PDF of minutes locked before PDFs existed on the first request, without e-post', async () => {
    const demo = ((await t.http.get('/api/meetings').set('Authorization', committee).expect(200)).body as MeetingResponse[]).find(
      (m) => m.minutesStatus === 'locked' && m.title === 'Arbetsutskottets möte',
    ) as MeetingResponse;
    expect(await pdfRows(demo.id)).toEqual([]);
    const res = await bytes(t.http.get(`/api/meetings/${demo.id}/minutes.pdf`).set('Authorization', committee));
    expect(res.status).toBe(200);
    const [stored] = await pdfRows(demo.id);
    expect(Buffer.compare(res.body as Buffer, stored.pdf)).toBe(0);
    const again = await bytes(t.http.get(`/api/meetings/${demo.id}/minutes.pdf`).set('Authorization', admin));
    expect(Buffer.compare(again.body as Buffer, stored.pdf)).toBe(0);
    const text = await pdfToText(res.body as Buffer);
    expect(text).toContain('Finspångs kommunhus');
    expect(text).toContain('Ordföranden öppnade mötet.');
    const mails: { count: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE subject_ref = $1`,
      [`meeting:${demo.id}`],
    );
    expect(mails[0].count).toBe(0);
  });

  it('lists a meeting’s audit entries for the committee, the justering among them', async () => {
    const meetings = (await t.http.get('/api/meetings').set('Authorization', committee).expect(200)).body as MeetingResponse[];
    const vaxjo = meetings.find((m) => m.title === 'AU-möte i Växjö') as MeetingResponse;
    const log = (await t.http.get(`/api/meetings/${vaxjo.id}/audit`).set('Authorization', admin).expect(200)).body as {
      action: string;
      actorName: string | null;
    }[];
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['created', 'decision', 'minutes.approved', 'minutes.locked']));
    expect(log.find((e) => e.action === 'minutes.locked')?.actorName).toBe('Åsa Öberg');
  });
});
