import { createHash } from 'node:crypto';
import type { AgendaItemResponse, DraftAgendaResponse, SpeakerResponse } from '@samverkan/agenda/contract';
import { SpeakerDocumentPolicy } from '@samverkan/agenda/api';
import { SPEAKER_STRINGS_TO_REGISTER } from '../src/database/migrations/1795950000000-Speakers';
import { createConference } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

describe('speaker register', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  let council: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
    council = await t.login(DEMO.council);
  });
  afterAll(() => t.close());

  const newSpeaker = async (body: Record<string, unknown>, as = committee) =>
    (await t.http.post('/api/speakers').set('Authorization', as).send(body).expect(201)).body as SpeakerResponse;

  async function programme() {
    const conference = await createConference(t, committee, { startsAt: '2031-04-14T09:00:00+02:00', endsAt: '2031-04-15T16:00:00+02:00' });
    const room = (
      await t.http
        .post(`/api/conferences/${conference.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Stora salen', capacity: 300 })
        .expect(201)
    ).body;
    const other = (
      await t.http
        .post(`/api/conferences/${conference.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Lilla salen', capacity: 30 })
        .expect(201)
    ).body;
    const add = async (body: Record<string, unknown>) =>
      (
        await t.http
          .post(`/api/conferences/${conference.id}/agenda/items`)
          .set('Authorization', committee)
          .send({ type: 'seminar', roomId: room.id, ...body })
          .expect(201)
      ).body as AgendaItemResponse;
    const draft = async () =>
      (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee).expect(200))
        .body as DraftAgendaResponse;
    return { conference, room, other, add, draft };
  }

  /** The invitation link in the latest mail to `to`. */
  async function mailedToken(to: string): Promise<{ token: string; subject: string; text: string }> {
    const [mail] = await t.dataSource.query(
      `SELECT subject, text FROM outbox_messages WHERE "to" = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [to],
    );
    const token = /http:\/\/localhost:3000\/talare\/([A-Za-z0-9_-]{43})\n/.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error(`no invitation link mailed to ${to}`);
    return { token, subject: mail.subject, text: mail.text };
  }

  it('lets staff add, read and edit entries; the programme council and anonymous callers get nothing', async () => {
    const created = await newSpeaker({ name: '  Maria   Lind ', email: 'Maria.Lind@Example.se', organisation: 'Sandvik Coromant AB' });
    expect(created).toMatchObject({
      name: 'Maria Lind',
      email: 'maria.lind@example.se',
      organisation: 'Sandvik Coromant AB',
      title: null,
      itemCount: 0,
    });
    const byAdmin = await t.http.get(`/api/speakers/${created.id}`).set('Authorization', admin).expect(200);
    expect(byAdmin.body).toEqual(created);
    expect(byAdmin.headers['cache-control']).toContain('no-store');
    const edited = await t.http
      .patch(`/api/speakers/${created.id}`)
      .set('Authorization', admin)
      .send({ title: 'Hållbarhetschef', bioSv: 'Maria leder\nhållbarhetsarbetet.' })
      .expect(200);
    expect(edited.body).toMatchObject({ name: 'Maria Lind', title: 'Hållbarhetschef', bioSv: 'Maria leder\nhållbarhetsarbetet.' });

    for (const [method, path] of [
      ['get', '/api/speakers'],
      ['post', '/api/speakers'],
      ['get', `/api/speakers/${created.id}`],
      ['patch', `/api/speakers/${created.id}`],
    ] as const) {
      await t.http[method](path).set('Authorization', council).send({ name: 'Någon Annan' }).expect(403);
      await t.http[method](path).send({ name: 'Någon Annan' }).expect(401);
    }
    const before = await rowCounts(t.dataSource);
    const bad = await t.http
      .post('/api/speakers')
      .set('Authorization', committee)
      .send({ name: 'B', email: 'inte-en-adress', extra: 1 })
      .expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['email', 'extra', 'name']);
    await t.http.patch(`/api/speakers/${created.id}`).set('Authorization', committee).send({ name: null }).expect(400);
    await t.http.post('/api/speakers').set('Authorization', committee).send({ name: 'Rad\r\nbrytning' }).expect(400);
    expect(await rowCounts(t.dataSource)).toEqual(before);
    expect((await t.http.get(`/api/speakers/${created.id}`).set('Authorization', committee).expect(200)).body.name).toBe('Maria Lind');
    const missing = await t.http.get('/api/speakers/00000000-0000-4000-8000-000000000000').set('Authorization', committee).expect(404);
    expect(missing.body.code).toBe('agenda.speaker-not-found');
  });

  it('searches names and organisations, case-insensitively, taking % and _ literally', async () => {
    await newSpeaker({ name: 'Sökbar Svensson', organisation: 'Kommun_100%' });
    await newSpeaker({ name: 'Annan Person', organisation: 'Sökbara bolaget' });
    await newSpeaker({ name: 'Kommun1000 Person' });
    const names = async (q: string) =>
      ((await t.http.get('/api/speakers').query({ q }).set('Authorization', committee).expect(200)).body as SpeakerResponse[]).map(
        (s) => s.name,
      );
    // The name that starts with the text first, then the others by name.
    expect(await names('SÖKBAR')).toEqual(['Sökbar Svensson', 'Annan Person']);
    expect(await names('_100%')).toEqual(['Sökbar Svensson']);
    expect(await names('ingen sådan')).toEqual([]);
    const all = (await t.http.get('/api/speakers').set('Authorization', committee).expect(200)).body as SpeakerResponse[];
    expect(all.map((s) => s.name)).toEqual([...all.map((s) => s.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await t.http
      .get('/api/speakers')
      .query({ q: 'x'.repeat(101) })
      .set('Authorization', committee)
      .expect(400);
  });

  it('links items to entries in order; an unknown entry is refused and nothing is written', async () => {
    const { add, draft } = await programme();
    const a = await newSpeaker({ name: 'Ada Först' });
    const b = await newSpeaker({ name: 'Bo Sedan', organisation: 'Bolaget', title: 'VD' });
    const item = await add({ titleSv: 'Panel', type: 'panel', speakerIds: [b.id, a.id] });
    expect(item.speakers).toEqual([
      { id: b.id, name: 'Bo Sedan', title: 'VD', organisation: 'Bolaget', invitation: 'not-invited' },
      { id: a.id, name: 'Ada Först', title: null, organisation: null, invitation: 'not-invited' },
    ]);
    const reordered = await t.http
      .patch(`/api/agenda-items/${item.id}`)
      .set('Authorization', committee)
      .send({ version: item.version, speakerIds: [a.id] })
      .expect(200);
    expect(reordered.body.speakers.map((s: { id: string }) => s.id)).toEqual([a.id]);
    expect(reordered.body.version).toBe(item.version + 1);
    const before = await rowCounts(t.dataSource);
    const unknown = await t.http
      .patch(`/api/agenda-items/${item.id}`)
      .set('Authorization', committee)
      .send({ version: reordered.body.version, titleSv: 'Ändrad', speakerIds: [b.id, '00000000-0000-4000-8000-000000000000'] })
      .expect(422);
    expect(unknown.body).toMatchObject({ code: 'agenda.unknown-speaker', errors: { speakerIds: 'unknown' } });
    await t.http
      .patch(`/api/agenda-items/${item.id}`)
      .set('Authorization', committee)
      .send({ version: reordered.body.version, speakerIds: [a.id, a.id] })
      .expect(400);
    expect(await rowCounts(t.dataSource)).toEqual(before);
    const now = (await draft()).items.find((i) => i.id === item.id);
    expect(now).toMatchObject({ titleSv: 'Panel', version: reordered.body.version });
    expect(now?.speakers.map((s) => s.id)).toEqual([a.id]);
    expect((await t.http.get(`/api/speakers/${a.id}`).set('Authorization', committee)).body.itemCount).toBe(1);
  });

  it('finds a person double-booked by register entry: two spellings are two people until merged into one', async () => {
    const { add, draft, other } = await programme();
    const anna = await newSpeaker({ name: 'Anna Berg', email: 'anna.berg@example.se' });
    const annaAgain = await newSpeaker({ name: 'anna  berg', organisation: 'Finspångs kommun', bioSv: 'Anna är kommunchef.' });
    const first = await add({
      titleSv: 'Inledning',
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-04-14T10:00:00+02:00',
      speakerIds: [anna.id],
    });
    const second = await add({
      titleSv: 'Samtidigt',
      roomId: other.id,
      startsAt: '2031-04-14T09:30:00+02:00',
      endsAt: '2031-04-14T10:30:00+02:00',
      speakerIds: [annaAgain.id],
    });
    expect((await draft()).conflicts).toEqual([]);

    const self = await t.http.post(`/api/speakers/${anna.id}/merge`).set('Authorization', committee).send({ intoId: anna.id }).expect(422);
    expect(self.body.code).toBe('agenda.speaker-merge-self');
    await t.http.post(`/api/speakers/${anna.id}/merge`).set('Authorization', council).send({ intoId: annaAgain.id }).expect(403);
    const merged = await t.http
      .post(`/api/speakers/${annaAgain.id}/merge`)
      .set('Authorization', committee)
      .send({ intoId: anna.id })
      .expect(200);
    // The entry that stays keeps its own fields and takes the ones it lacked.
    expect(merged.body).toMatchObject({
      id: anna.id,
      name: 'Anna Berg',
      email: 'anna.berg@example.se',
      organisation: 'Finspångs kommun',
      bioSv: 'Anna är kommunchef.',
      itemCount: 2,
    });
    await t.http.get(`/api/speakers/${annaAgain.id}`).set('Authorization', committee).expect(404);
    const after = await draft();
    expect(after.conflicts).toEqual([expect.objectContaining({ kind: 'speaker-double-booked', itemIds: [first.id, second.id] })]);
    expect(after.conflicts[0].message).toContain('Anna Berg');
    expect(after.items.find((i) => i.id === second.id)?.speakers.map((s) => s.id)).toEqual([anna.id]);
  });

  it('moves invitations with a merge; where both were on one item, the staying entry keeps its place and takes the invitation', async () => {
    const { add } = await programme();
    const kept = await newSpeaker({ name: 'Kim Kvar' });
    const gone = await newSpeaker({ name: 'Kim  Kvar', email: 'kim.kvar@example.se' });
    const both = await add({ titleSv: 'Båda', speakerIds: [gone.id, kept.id] });
    const alone = await add({ titleSv: 'Ensam', speakerIds: [gone.id] });
    for (const item of [both, alone])
      await t.http.post(`/api/agenda-items/${item.id}/speakers/${gone.id}/invitation`).set('Authorization', committee).send({}).expect(200);
    const tokens = await t.dataSource.query(`SELECT agenda_item_id, token_hash FROM speaker_invitations WHERE speaker_id = $1`, [gone.id]);
    expect(tokens).toHaveLength(2);
    const photo = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de', 'hex');
    const stored = (
      await t.http
        .post('/api/documents')
        .set('Authorization', committee)
        .field('parentType', 'speaker')
        .field('parentId', gone.id)
        .attach('file', photo, 'kim.png')
        .expect(201)
    ).body as { id: string };
    await t.http.post(`/api/speakers/${gone.id}/merge`).set('Authorization', committee).send({ intoId: kept.id }).expect(200);
    const rows = await t.dataSource.query(
      `SELECT l.agenda_item_id, l.speaker_id, l.position, v.status FROM agenda_item_speakers l
         LEFT JOIN speaker_invitations v ON v.agenda_item_id = l.agenda_item_id AND v.speaker_id = l.speaker_id
        WHERE l.agenda_item_id = ANY($1::uuid[]) ORDER BY l.agenda_item_id = $2 DESC`,
      [[both.id, alone.id], both.id],
    );
    expect(rows).toEqual([
      { agenda_item_id: both.id, speaker_id: kept.id, position: 1, status: 'invited' },
      { agenda_item_id: alone.id, speaker_id: kept.id, position: 0, status: 'invited' },
    ]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM speaker_invitations WHERE speaker_id = $1`, [gone.id])).toEqual([
      { n: 0 },
    ]);
    // The photo went along with the person.
    const photos = await t.http
      .get('/api/documents')
      .query({ parentType: 'speaker', parentId: kept.id })
      .set('Authorization', committee)
      .expect(200);
    expect(photos.body.map((d: { id: string }) => d.id)).toEqual([stored.id]);
  });

  it('invites a speaker by mail with a secret link stored as a hash; the speaker confirms with a biography', async () => {
    const { add, draft } = await programme();
    const eva = await newSpeaker({ name: 'Eva Öst', email: 'eva.ost@example.se', organisation: 'Vattenfall' });
    const nomail = await newSpeaker({ name: 'Utan Adress' });
    const item = await add({
      titleSv: 'Vätgas',
      startsAt: '2031-04-14T11:00:00+02:00',
      endsAt: '2031-04-14T12:00:00+02:00',
      speakerIds: [eva.id, nomail.id],
    });
    // A title from before the rules on single-line text: the mail's subject stays one line.
    await t.dataSource.query(`UPDATE agenda_items SET title_sv = $2 WHERE id = $1`, [item.id, 'Vätgas\r\nBcc: ond@example.se']);

    const noAddress = await t.http
      .post(`/api/agenda-items/${item.id}/speakers/${nomail.id}/invitation`)
      .set('Authorization', committee)
      .send({})
      .expect(422);
    expect(noAddress.body.code).toBe('agenda.speaker-without-email');
    const stranger = await newSpeaker({ name: 'Inte Med', email: 'inte.med@example.se' });
    const notOn = await t.http
      .post(`/api/agenda-items/${item.id}/speakers/${stranger.id}/invitation`)
      .set('Authorization', committee)
      .send({})
      .expect(404);
    expect(notOn.body.code).toBe('agenda.speaker-not-on-item');
    await t.http.post(`/api/agenda-items/${item.id}/speakers/${eva.id}/invitation`).set('Authorization', council).send({}).expect(403);

    const sent = await t.http
      .post(`/api/agenda-items/${item.id}/speakers/${eva.id}/invitation`)
      .set('Authorization', committee)
      .send({})
      .expect(200);
    expect(sent.body).toMatchObject({ status: 'invited', email: 'eva.ost@example.se' });
    const first = await mailedToken('eva.ost@example.se');
    expect(first.subject).toBe('Inbjudan att medverka: Vätgas Bcc: ond@example.se');
    expect(first.text).toContain('Hej Eva Öst');
    const [stored] = await t.dataSource.query(
      `SELECT token_hash, status FROM speaker_invitations WHERE agenda_item_id = $1 AND speaker_id = $2`,
      [item.id, eva.id],
    );
    expect(stored).toEqual({ token_hash: createHash('sha256').update(first.token).digest('hex'), status: 'invited' });
    const everything = JSON.stringify(await t.dataSource.query(`SELECT * FROM speaker_invitations`));
    expect(everything).not.toContain(first.token);
    expect((await draft()).items.find((i) => i.id === item.id)?.speakers.map((s) => s.invitation)).toEqual(['invited', 'not-invited']);

    const seen = await t.http.get(`/api/speaker-invitations/${first.token}`).expect(200);
    expect(seen.headers['cache-control']).toContain('no-store');
    expect(seen.body).toMatchObject({
      agendaItemId: item.id,
      status: 'invited',
      startsAt: '2031-04-14T11:00:00+02:00',
      roomName: 'Stora salen',
      speaker: { name: 'Eva Öst', organisation: 'Vattenfall', bioSv: null },
    });
    expect(JSON.stringify(seen.body)).not.toContain('eva.ost@example.se');

    // Sending again makes a new link; the old one stops working.
    await t.http
      .post(`/api/agenda-items/${item.id}/speakers/${eva.id}/invitation`)
      .set('Authorization', committee)
      .send({ language: 'en' })
      .expect(200);
    const second = await mailedToken('eva.ost@example.se');
    expect(second.token).not.toBe(first.token);
    expect(second.subject).toBe('Invitation to speak: Vätgas Bcc: ond@example.se');
    expect((await t.http.get(`/api/speaker-invitations/${first.token}`).expect(404)).body.code).toBe('agenda.invitation-not-found');
    await t.http.get('/api/speaker-invitations/not-a-token').expect(404);

    const bad = await t.http
      .post(`/api/speaker-invitations/${second.token}/answer`)
      .send({ answer: 'kanske', email: 'x@example.se' })
      .expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['answer', 'email']);
    const confirmed = await t.http
      .post(`/api/speaker-invitations/${second.token}/answer`)
      .send({ answer: 'confirmed', bioSv: 'Eva leder vätgasarbetet.', bioEn: 'Eva leads the hydrogen work.', title: 'Projektledare' })
      .expect(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      speaker: {
        bioSv: 'Eva leder vätgasarbetet.',
        bioEn: 'Eva leads the hydrogen work.',
        title: 'Projektledare',
        organisation: 'Vattenfall',
      },
    });
    expect((await t.http.get(`/api/speakers/${eva.id}`).set('Authorization', committee)).body).toMatchObject({
      bioSv: 'Eva leder vätgasarbetet.',
      title: 'Projektledare',
    });
    expect((await draft()).items.find((i) => i.id === item.id)?.speakers.map((s) => s.invitation)).toEqual(['confirmed', 'not-invited']);

    // A "no" keeps the register as it was.
    const declined = await t.http
      .post(`/api/speaker-invitations/${second.token}/answer`)
      .send({ answer: 'declined', bioSv: 'Ska inte sparas.' })
      .expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', speaker: { bioSv: 'Eva leder vätgasarbetet.' } });
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE subject_id = $1 AND action IN ('speaker-invited', 'speaker-invited-again', 'speaker-confirmed', 'speaker-declined')`,
      [item.id],
    );
    expect(audit.n).toBe(4);
  });

  it('shows the public item page with biographies of confirmed and uninvited speakers only, never an e-mail address', async () => {
    const { conference, add } = await programme();
    const yes = await newSpeaker({ name: 'Ja Sägare', email: 'ja@example.se', bioSv: 'Svensk text.', bioEn: 'English text.' });
    const plain = await newSpeaker({ name: 'Ej Inbjuden', email: 'ej@example.se', organisation: 'Kommunen', bioSv: 'Bara svenska.' });
    const pending = await newSpeaker({ name: 'Väntar Svar', email: 'vantar@example.se', bioSv: 'Hemlig ännu.' });
    const item = await add({
      titleSv: 'Publik punkt',
      startsAt: '2031-04-14T13:00:00+02:00',
      endsAt: '2031-04-14T14:00:00+02:00',
      speakerIds: [plain.id, yes.id, pending.id],
    });
    for (const s of [yes, pending])
      await t.http.post(`/api/agenda-items/${item.id}/speakers/${s.id}/invitation`).set('Authorization', committee).send({}).expect(200);
    const { token } = await mailedToken('ja@example.se');
    await t.http.post(`/api/speaker-invitations/${token}/answer`).send({ answer: 'confirmed' }).expect(200);
    await t.http
      .post(`/api/conferences/${conference.id}/agenda/publish`)
      .set('Authorization', committee)
      .send({ acknowledgeConflicts: true })
      .expect(200);

    const page = await t.http.get(`/api/agenda-items/${item.id}`).expect(200);
    expect(page.body.speakers).toEqual([
      { id: plain.id, name: 'Ej Inbjuden', title: null, organisation: 'Kommunen', bioSv: 'Bara svenska.', bioEn: null },
      { id: yes.id, name: 'Ja Sägare', title: null, organisation: null, bioSv: 'Svensk text.', bioEn: 'English text.' },
    ]);
    const programmeJson = (await t.http.get(`/api/conferences/${conference.id}/programme`).expect(200)).text;
    for (const text of [page.text, programmeJson]) {
      expect(text).not.toMatch(/@example\.se/);
      expect(text).not.toContain('Väntar Svar');
    }
    expect(programmeJson).toContain('Ja Sägare');

    // The photo's policy: public once the speaker is on a published programme; the speaker's token may add one.
    const policy = t.app.get(SpeakerDocumentPolicy);
    const manager = t.dataSource.manager;
    expect(await policy.isPublic(yes.id, manager)).toBe(true);
    expect(await policy.isPublic(pending.id, manager)).toBe(false);
    expect(await policy.mayRead({}, pending.id, manager)).toBe(false);
    expect(await policy.mayRead({ user: { id: 'u', roles: ['working-committee'] } }, pending.id, manager)).toBe(true);
    expect(await policy.mayAttach({ token }, yes.id, manager)).toBe(true);
    expect(await policy.mayAttach({ token }, pending.id, manager)).toBe(false);
    expect(await policy.mayAttach({ user: { id: 'u', roles: ['programme-council'] } }, yes.id, manager)).toBe(false);
    expect(await policy.mayAttach({ user: { id: 'u', roles: ['admin'] } }, yes.id, manager)).toBe(true);
    expect(await policy.mayAttach({}, 'not-a-uuid', manager)).toBe(false);
    expect(await policy.invitationTokenMayAttachTo(token, item.id, manager)).toBe(true);
    expect(await policy.invitationTokenMayAttachTo(token, conference.id, manager)).toBe(false);
    expect(await policy.invitationTokenMayAttachTo('x'.repeat(43), item.id, manager)).toBe(false);
    await t.http.post(`/api/speaker-invitations/${token}/answer`).send({ answer: 'declined' }).expect(200);
    expect(await policy.invitationTokenMayAttachTo(token, item.id, manager)).toBe(false);
    expect((await t.http.get(`/api/agenda-items/${item.id}`).expect(200)).body.speakers.map((s: { id: string }) => s.id)).toEqual([
      plain.id,
    ]);
  });

  it('lets an invited speaker upload slides through the link; they turn public with the programme; a declined or foreign link may not', async () => {
    const { conference, add } = await programme();
    const speaker = await newSpeaker({ name: 'Bild Visare', email: 'bilder@example.se' });
    const other = await newSpeaker({ name: 'Annan Talare', email: 'annan@example.se' });
    const item = await add({
      titleSv: 'Med bilder',
      startsAt: '2031-04-14T10:00:00+02:00',
      endsAt: '2031-04-14T11:00:00+02:00',
      speakerIds: [speaker.id],
    });
    const elsewhere = await add({
      titleSv: 'Utan bilder',
      startsAt: '2031-04-14T11:00:00+02:00',
      endsAt: '2031-04-14T12:00:00+02:00',
      speakerIds: [other.id],
    });
    await t.http
      .post(`/api/agenda-items/${item.id}/speakers/${speaker.id}/invitation`)
      .set('Authorization', committee)
      .send({})
      .expect(200);
    await t.http
      .post(`/api/agenda-items/${elsewhere.id}/speakers/${other.id}/invitation`)
      .set('Authorization', committee)
      .send({})
      .expect(200);
    const { token } = await mailedToken('bilder@example.se');
    const { token: otherToken } = await mailedToken('annan@example.se');
    const slides = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const upload = (parentId: string, withToken?: string) => {
      const req = t.http.post('/api/documents').field('parentType', 'agenda-item').field('parentId', parentId);
      return (withToken ? req.field('token', withToken) : req).attach('file', slides, 'Bilder – vår.pdf');
    };
    const list = (parentId: string, withToken?: string) =>
      t.http.get('/api/documents').query({ parentType: 'agenda-item', parentId, ...(withToken ? { token: withToken } : {}) });

    // Before answering, the link already lets the speaker add and see the item's files, and only that item's.
    const stored = (await upload(item.id, token).expect(201)).body as { id: string; fileName: string };
    expect(stored.fileName).toBe('Bilder – vår.pdf');
    const own = await list(item.id, token).expect(200);
    expect(own.body.map((d: { id: string }) => d.id)).toEqual([stored.id]);
    expect(own.headers['cache-control']).toBe('no-store');
    await t.http.get(`/api/documents/${stored.id}`).query({ token }).expect(200);
    const before = await rowCounts(t.dataSource);
    await upload(elsewhere.id, token).expect(404);
    await upload(item.id, otherToken).expect(404);
    await upload(item.id).expect(404);
    await list(item.id).expect(404);
    expect(await rowCounts(t.dataSource)).toEqual(before);

    // Published: everyone reads the list, which may be shared (the server-rendered page hands it on).
    await t.http
      .post(`/api/conferences/${conference.id}/agenda/publish`)
      .set('Authorization', committee)
      .send({ acknowledgeConflicts: true })
      .expect(200);
    const shown = await list(item.id).expect(200);
    expect(shown.body).toEqual([expect.objectContaining({ id: stored.id, fileName: 'Bilder – vår.pdf', contentType: 'application/pdf' })]);
    expect(shown.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const file = await t.http.get(`/api/documents/${stored.id}`).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');

    // A speaker who declines loses the link's rights: no more uploads and no deletes.
    await t.http.post(`/api/speaker-invitations/${token}/answer`).send({ answer: 'declined' }).expect(200);
    await upload(item.id, token).expect(404);
    await t.http.delete(`/api/documents/${stored.id}`).query({ token }).expect(404);
    expect((await list(item.id).expect(200)).body).toHaveLength(1);
    // The other speaker's link removes nothing on an item that is not theirs; staff may.
    await t.http.delete(`/api/documents/${stored.id}`).query({ token: otherToken }).expect(404);
    await t.http.delete(`/api/documents/${stored.id}`).set('Authorization', committee).expect(204);
  });

  it('migrates speakers held as text: one entry per normalised name across conferences, links in order, snapshots with ids', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`CREATE SCHEMA speakers_migration_test`);
      await runner.query(`SET LOCAL search_path TO speakers_migration_test, public`);
      // The tables as they were before the migration, and the new ones as it makes them.
      await runner.query(
        `CREATE TABLE agenda_items (id uuid PRIMARY KEY, created_at timestamptz NOT NULL, speakers jsonb NOT NULL DEFAULT '[]')`,
      );
      await runner.query(
        `CREATE TABLE agenda_versions (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), published_at timestamptz NOT NULL, snapshot jsonb NOT NULL)`,
      );
      await runner.query(`CREATE TABLE speakers (LIKE public.speakers INCLUDING DEFAULTS)`);
      await runner.query(`CREATE TABLE agenda_item_speakers (LIKE public.agenda_item_speakers)`);
      const [i1, i2, i3] = [
        '11111111-1111-4111-8111-111111111111',
        '22222222-2222-4222-8222-222222222222',
        '33333333-3333-4333-8333-333333333333',
      ];
      await runner.query(`INSERT INTO agenda_items VALUES ($1, '2030-01-01', $4), ($2, '2030-02-01', $5), ($3, '2030-03-01', '[]')`, [
        i1,
        i2,
        i3,
        JSON.stringify([
          { name: ' Anna  Berg ' },
          { name: 'Ola Ek', organisation: 'Ekbolaget' },
          { name: 'anna berg', organisation: 'Dubblett' },
        ]),
        JSON.stringify([{ name: 'ANNA BERG', organisation: 'Finspångs kommun' }, { name: '  ' }]),
      ]);
      await runner.query(`INSERT INTO agenda_versions (published_at, snapshot) VALUES ('2030-04-01', $1)`, [
        JSON.stringify({
          conferenceId: 'c',
          rooms: [],
          items: [{ id: i1, speakers: [{ name: 'Ola  Ek', organisation: 'Ekbolaget' }, { name: 'Bo Borta' }] }],
        }),
      ]);
      for (const sql of SPEAKER_STRINGS_TO_REGISTER) await runner.query(sql);

      const speakers = await runner.query(`SELECT id, name, organisation FROM speakers ORDER BY name`);
      expect(speakers.map((s: { name: string; organisation: string | null }) => [s.name, s.organisation])).toEqual([
        ['Anna Berg', 'Dubblett'],
        ['Bo Borta', null],
        ['Ola Ek', 'Ekbolaget'],
      ]);
      const id = (name: string) => speakers.find((s: { name: string }) => s.name === name).id;
      const links = await runner.query(
        `SELECT agenda_item_id, speaker_id, position FROM agenda_item_speakers ORDER BY agenda_item_id, position`,
      );
      expect(links).toEqual([
        { agenda_item_id: i1, speaker_id: id('Anna Berg'), position: 0 },
        { agenda_item_id: i1, speaker_id: id('Ola Ek'), position: 1 },
        { agenda_item_id: i2, speaker_id: id('Anna Berg'), position: 0 },
      ]);
      const [{ snapshot }] = await runner.query(`SELECT snapshot FROM agenda_versions`);
      expect(snapshot.items[0].speakers).toEqual([
        { id: id('Ola Ek'), name: 'Ola Ek', title: null, organisation: 'Ekbolaget' },
        { id: id('Bo Borta'), name: 'Bo Borta', title: null, organisation: null },
      ]);
      expect(snapshot.conferenceId).toBe('c');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
