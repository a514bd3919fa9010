import { pgPool } from '@samverkan/shared/api-database';
import type { AgendaItemResponse, ChangelogEntry, DraftAgendaResponse, ProgrammeResponse } from '@samverkan/agenda/contract';
import { createConference } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

describe('agenda builder', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  async function setUp() {
    const anna = (await t.http.post('/api/speakers').set('Authorization', committee).send({ name: 'Anna Berg' }).expect(201)).body;
    const conference = await createConference(t, committee, { startsAt: '2031-04-14T09:00:00+02:00', endsAt: '2031-04-15T16:00:00+02:00' });
    const big = (
      await t.http
        .post(`/api/conferences/${conference.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Stora salen', capacity: 300 })
        .expect(201)
    ).body;
    const small = (
      await t.http
        .post(`/api/conferences/${conference.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Lilla salen', capacity: 25, accessibilityNotes: 'Hörslinga' })
        .expect(201)
    ).body;
    const add = async (body: Record<string, unknown>) =>
      (
        await t.http
          .post(`/api/conferences/${conference.id}/agenda/items`)
          .set('Authorization', committee)
          .send({ type: 'seminar', ...body })
          .expect(201)
      ).body as AgendaItemResponse;
    return { conference, big, small, add, anna };
  }

  it('builds a draft with conflicts computed on the server, and fixes one by moving an item', async () => {
    const { conference, big, small, add, anna } = await setUp();
    const keynote = await add({
      titleSv: 'Inledning',
      type: 'keynote',
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-04-14T10:00:00+02:00',
      roomId: big.id,
      speakerIds: [anna.id],
      focusAreaCodes: ['cooperation'],
    });
    const clash = await add({
      titleSv: 'Elnätet',
      startsAt: '2031-04-14T09:30:00+02:00',
      endsAt: '2031-04-14T10:30:00+02:00',
      roomId: big.id,
    });
    await add({
      titleSv: 'Workshop',
      type: 'workshop',
      startsAt: '2031-04-14T11:00:00+02:00',
      endsAt: '2031-04-14T12:00:00+02:00',
      roomId: small.id,
      signupRequired: true,
      signupCapacity: 40,
    });
    await add({ titleSv: 'Ej schemalagd', type: 'panel' });

    let draft = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee).expect(200))
      .body as DraftAgendaResponse;
    expect(draft.conflicts.map((c) => c.kind).sort()).toEqual(['room-double-booked', 'signup-above-room']);
    expect(draft.items.find((i) => i.id === keynote.id)?.conflicts.map((c) => c.kind)).toEqual(['room-double-booked']);
    expect(draft.items.find((i) => i.titleSv === 'Ej schemalagd')).toMatchObject({ startsAt: null, roomId: null, conflicts: [] });
    expect(draft.items.find((i) => i.id === keynote.id)?.focusAreaCodes).toEqual(['cooperation']);
    expect(draft.items.find((i) => i.id === keynote.id)?.speakers).toEqual([
      { id: anna.id, name: 'Anna Berg', title: null, organisation: null, invitation: 'not-invited' },
    ]);

    const moved = await t.http
      .patch(`/api/agenda-items/${clash.id}`)
      .set('Authorization', committee)
      .send({ version: clash.version, roomId: small.id })
      .expect(200);
    expect(moved.body).toMatchObject({ roomId: small.id, roomName: 'Lilla salen', version: clash.version + 1, conflicts: [] });
    // Times leave the API in Stockholm time with their offset, in answers and in the audit trail.
    expect(moved.body).toMatchObject({ startsAt: '2031-04-14T09:30:00+02:00', endsAt: '2031-04-14T10:30:00+02:00' });
    const [edit] = await t.dataSource.query(
      `SELECT before, after FROM audit_entries WHERE subject_type = 'agenda-item' AND subject_id = $1 AND action = 'edited'`,
      [clash.id],
    );
    expect(edit.before).toEqual({
      startsAt: '2031-04-14T09:30:00+02:00',
      endsAt: '2031-04-14T10:30:00+02:00',
      roomId: big.id,
      title: 'Elnätet',
    });
    expect(edit.after).toMatchObject({ startsAt: '2031-04-14T09:30:00+02:00', roomId: small.id });
    draft = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee).expect(200)).body;
    expect(draft.conflicts.map((c) => c.kind)).toEqual(['signup-above-room']);

    await t.http
      .get(`/api/conferences/${conference.id}/agenda`)
      .set('Authorization', await t.login(DEMO.council))
      .expect(403);
    await t.http.get(`/api/conferences/${conference.id}/agenda`).expect(401);
  });

  it('edits and removes rooms; a removed room leaves its items without a room', async () => {
    const { conference, big, small, add } = await setUp();
    const item = await add({
      titleSv: 'I stora salen',
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-04-14T10:00:00+02:00',
      roomId: big.id,
    });
    const renamed = await t.http
      .patch(`/api/conferences/${conference.id}/rooms/${small.id}`)
      .set('Authorization', committee)
      .send({ name: 'Lilla salen (plan 2)' })
      .expect(200);
    expect(renamed.body).toMatchObject({ id: small.id, name: 'Lilla salen (plan 2)', capacity: 25, accessibilityNotes: 'Hörslinga' });
    await t.http.delete(`/api/conferences/${conference.id}/rooms/${big.id}`).set('Authorization', committee).expect(204);
    const rooms = await t.http.get(`/api/conferences/${conference.id}/rooms`).set('Authorization', committee).expect(200);
    expect(rooms.body.map((r: { id: string }) => r.id)).toEqual([small.id]);
    const draft = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee).expect(200))
      .body as DraftAgendaResponse;
    expect(draft.items.find((i) => i.id === item.id)).toMatchObject({
      roomId: null,
      roomName: null,
      startsAt: '2031-04-14T09:00:00+02:00',
    });

    const removedAgain = await t.http
      .delete(`/api/conferences/${conference.id}/rooms/${big.id}`)
      .set('Authorization', committee)
      .expect(404);
    expect(removedAgain.body).toMatchObject({
      code: 'agenda.room-not-found',
      message: 'Lokalen finns inte. Den kan ha tagits bort; läs in sidan igen.',
    });
    const other = await createConference(t, committee);
    const elsewhere = await t.http
      .patch(`/api/conferences/${other.id}/rooms/${small.id}`)
      .set('Authorization', committee)
      .send({ capacity: 10 })
      .expect(404);
    expect(elsewhere.body.code).toBe('agenda.room-not-found');
    const nowhere = await t.http
      .post('/api/conferences/00000000-0000-4000-8000-000000000000/rooms')
      .set('Authorization', committee)
      .send({ name: 'Aulan', capacity: 80 })
      .expect(404);
    expect(nowhere.body.code).toBe('agenda.conference-not-found');
    expect(
      (await t.http.delete(`/api/conferences/${conference.id}/rooms/not-a-uuid`).set('Authorization', committee).expect(404)).body.code,
    ).toBe('request.not-found');
  });

  it('never loses an update: the second of two concurrent editors gets 409 with the current item', async () => {
    const { big, add } = await setUp();
    const item = await add({
      titleSv: 'Panel om kompetens',
      startsAt: '2031-04-14T13:00:00+02:00',
      endsAt: '2031-04-14T14:00:00+02:00',
      roomId: big.id,
    });
    const [a, b] = await Promise.all([
      t.http
        .patch(`/api/agenda-items/${item.id}`)
        .set('Authorization', committee)
        .send({ version: item.version, titleSv: 'Ändrad av Ulla' }),
      t.http
        .patch(`/api/agenda-items/${item.id}`)
        .set('Authorization', admin)
        .send({ version: item.version, startsAt: '2031-04-14T15:00:00+02:00', endsAt: '2031-04-14T16:00:00+02:00' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    expect(loser.body).toMatchObject({
      statusCode: 409,
      code: 'agenda.stale-edit',
      errors: { version: 'stale' },
      current: { id: item.id, version: item.version + 1 },
    });
    expect(loser.body.current).toEqual(winner.body);
    // The loser chooses, based on the current version, and it goes through.
    await t.http
      .patch(`/api/agenda-items/${item.id}`)
      .set('Authorization', committee)
      .send({ version: loser.body.current.version, titleSv: 'Sammanslagen' })
      .expect(200);
  });

  it('validates items and writes nothing on bad input', async () => {
    const { conference, add } = await setUp();
    const item = await add({ titleSv: 'Något' });
    const before = await rowCounts(t.dataSource);
    await t.http
      .post(`/api/conferences/${conference.id}/agenda/items`)
      .set('Authorization', committee)
      .send({ titleSv: 'X', type: 'party' })
      .expect(400);
    const halfTimed = await t.http
      .post(`/api/conferences/${conference.id}/agenda/items`)
      .set('Authorization', committee)
      .send({ titleSv: 'Bara start', type: 'seminar', startsAt: '2031-04-14T09:00:00+02:00' })
      .expect(422);
    expect(halfTimed.body).toMatchObject({ code: 'agenda.inconsistent-item', errors: { endsAt: 'bothOrNeither' } });
    const wrongRoom = await t.http
      .post(`/api/conferences/${conference.id}/agenda/items`)
      .set('Authorization', committee)
      .send({ titleSv: 'Fel sal', type: 'seminar', roomId: '00000000-0000-4000-8000-000000000000' })
      .expect(422);
    expect(wrongRoom.body).toMatchObject({ code: 'agenda.unknown-room', errors: { roomId: 'unknown' } });
    const wrongTheme = await t.http
      .patch(`/api/agenda-items/${item.id}`)
      .set('Authorization', committee)
      .send({ version: item.version, themeId: '00000000-0000-4000-8000-000000000000' })
      .expect(422);
    expect(wrongTheme.body).toMatchObject({ code: 'agenda.unknown-theme', errors: { themeId: 'unknown' } });
    await t.http.patch(`/api/agenda-items/${item.id}`).set('Authorization', committee).send({ titleSv: 'utan version' }).expect(400);
    const gone = await t.http
      .patch('/api/agenda-items/00000000-0000-4000-8000-000000000000')
      .set('Authorization', committee)
      .send({ version: 1, titleSv: 'Finns inte' })
      .expect(404);
    expect(gone.body.code).toBe('agenda.item-not-found');
    const malformed = await t.http.patch('/api/agenda-items/not-a-uuid').set('Authorization', committee).send({ version: 1 }).expect(404);
    expect(malformed.body.code).toBe('request.not-found');
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('publishes numbered versions, needs confirmation with conflicts, and keeps a public changelog', async () => {
    const { conference, big, small, add } = await setUp();
    const a = await add({
      titleSv: 'Öppning',
      type: 'keynote',
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-04-14T09:30:00+02:00',
      roomId: big.id,
    });
    const b = await add({
      titleSv: 'Seminarium A',
      startsAt: '2031-04-14T09:15:00+02:00',
      endsAt: '2031-04-14T10:00:00+02:00',
      roomId: big.id,
    });
    const c = await add({
      titleSv: 'Seminarium B',
      startsAt: '2031-04-14T10:00:00+02:00',
      endsAt: '2031-04-14T11:00:00+02:00',
      roomId: small.id,
    });
    await add({ titleSv: 'Ej schemalagd' });

    expect((await t.http.get(`/api/conferences/${conference.id}/programme`).expect(404)).body.code).toBe('agenda.not-published');
    const refused = await t.http
      .post(`/api/conferences/${conference.id}/agenda/publish`)
      .set('Authorization', committee)
      .send({})
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'agenda.conflicts-unacknowledged',
      message: 'Programmet har konflikter (1). Bekräfta att du vill publicera ändå.',
      params: { count: 1 },
      errors: { acknowledgeConflicts: 'required' },
      conflicts: [expect.objectContaining({ kind: 'room-double-booked', itemIds: [a.id, b.id] })],
    });
    const v1 = await t.http
      .post(`/api/conferences/${conference.id}/agenda/publish`)
      .set('Authorization', committee)
      .send({ acknowledgeConflicts: true })
      .expect(200);
    expect(v1.body).toMatchObject({ number: 1, conflictCount: 1, publishedByName: 'Ulla Utskott' });
    expect(v1.body.changes.map((ch: { kind: string }) => ch.kind)).toEqual(['added', 'added', 'added']);

    const programme1 = (await t.http.get(`/api/conferences/${conference.id}/programme`).expect(200)).body as ProgrammeResponse;
    expect(programme1.version).toBe(1);
    expect(programme1.items.map((i) => i.titleSv)).toEqual(['Öppning', 'Seminarium A', 'Seminarium B']);
    expect(programme1.items[0]).toMatchObject({ startsAt: '2031-04-14T09:00:00+02:00', roomName: 'Stora salen', sequence: 0 });

    // Draft edits do not show publicly until the next publish.
    const bNow = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee)).body.items.find(
      (i: AgendaItemResponse) => i.id === b.id,
    );
    await t.http
      .patch(`/api/agenda-items/${b.id}`)
      .set('Authorization', committee)
      .send({ version: bNow.version, startsAt: '2031-04-14T10:00:00+02:00', endsAt: '2031-04-14T11:00:00+02:00' })
      .expect(200);
    const cNow = (await t.http.get(`/api/conferences/${conference.id}/agenda`).set('Authorization', committee)).body.items.find(
      (i: AgendaItemResponse) => i.id === c.id,
    );
    await t.http
      .patch(`/api/agenda-items/${c.id}`)
      .set('Authorization', committee)
      .send({ version: cNow.version, descriptionSv: 'Ny beskrivning' })
      .expect(200);
    await t.http.delete(`/api/agenda-items/${a.id}`).set('Authorization', committee).expect(204);
    expect((await t.http.get(`/api/conferences/${conference.id}/programme`)).body.items).toHaveLength(3);

    const v2 = await t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    expect(v2.body).toMatchObject({ number: 2, conflictCount: 0 });
    const changelog = (await t.http.get(`/api/conferences/${conference.id}/programme/changes`).expect(200)).body as ChangelogEntry[];
    expect(changelog.map((v) => v.version)).toEqual([2, 1]);
    expect(changelog[0].changes.map((ch) => [ch.kind, ch.titleSv]).sort()).toEqual([
      ['changed', 'Seminarium B'],
      ['moved', 'Seminarium A'],
      ['removed', 'Öppning'],
    ]);
    const programme2 = (await t.http.get(`/api/conferences/${conference.id}/programme`).expect(200)).body as ProgrammeResponse;
    expect(programme2.items.find((i) => i.id === b.id)?.sequence).toBe(1);
    expect(programme2.items.find((i) => i.id === c.id)?.sequence).toBe(1);

    const page = await t.http.get(`/api/agenda-items/${c.id}`).expect(200);
    expect(page.body).toMatchObject({ titleSv: 'Seminarium B', descriptionSv: 'Ny beskrivning', version: 2, conferenceId: conference.id });
    const removed = await t.http.get(`/api/agenda-items/${a.id}`).expect(404);
    expect(removed.body).toMatchObject({
      code: 'agenda.item-not-published',
      message: 'Programpunkten finns inte i något publicerat program.',
    });
    expect((await t.http.get('/api/agenda-items/not-a-uuid').expect(404)).body.code).toBe('request.not-found');
    // Instants: the changelog's time of publication is the version's, in Stockholm time.
    const [stored] = await t.dataSource.query(`SELECT published_at FROM agenda_versions WHERE conference_id = $1 AND number = 2`, [
      conference.id,
    ]);
    expect(changelog[0].publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Math.floor(new Date(changelog[0].publishedAt).getTime() / 1000)).toBe(
      Math.floor((stored.published_at as Date).getTime() / 1000),
    );
  });

  it('publishes nothing when nothing changed: a clear 409, and of parallel publishes of one change exactly one version', async () => {
    const { conference, big, add } = await setUp();
    const item = await add({
      titleSv: 'Öppning',
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-04-14T09:30:00+02:00',
      roomId: big.id,
    });
    const publish = () => t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({});
    expect((await publish().expect(200)).body.number).toBe(1);
    const versions = async () =>
      (await t.dataSource.query(`SELECT number FROM agenda_versions WHERE conference_id = $1 ORDER BY number`, [conference.id])).map(
        (v: { number: number }) => v.number,
      );

    const before = await rowCounts(t.dataSource);
    const unchanged = await publish().expect(409);
    expect(unchanged.body).toEqual({
      statusCode: 409,
      code: 'agenda.unchanged',
      message: 'Inget har ändrats sedan förra publiceringen (version 1).',
      params: { version: 1 },
      errors: { programme: 'unchanged' },
    });
    const inEnglish = await publish().set('Accept-Language', 'en').expect(409);
    expect(inEnglish.body.message).toBe('Nothing has changed since the last publication (version 1).');
    expect(await rowCounts(t.dataSource)).toEqual(before);

    // One change, five publishes at once: one new version, the others told nothing changed.
    await t.http
      .patch(`/api/agenda-items/${item.id}`)
      .set('Authorization', committee)
      .send({ version: item.version, titleSv: 'Välkommen' })
      .expect(200);
    const answers = await Promise.all(Array.from({ length: 5 }, () => publish()));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(Array(4).fill('agenda.unchanged'));
    expect(answers.find((a) => a.status === 200)?.body).toMatchObject({
      number: 2,
      changes: [expect.objectContaining({ kind: 'changed' })],
    });
    expect(await versions()).toEqual([1, 2]);

    // A room's change is a change too, even with no item in it.
    await t.http
      .post(`/api/conferences/${conference.id}/rooms`)
      .set('Authorization', committee)
      .send({ name: 'Aulan', capacity: 80 })
      .expect(201);
    expect((await publish().expect(200)).body.number).toBe(3);
  });

  it('serves a published programme of 500 items in a constant number of queries', async () => {
    const { conference, big } = await setUp();
    await t.dataSource.query(
      `INSERT INTO agenda_items (conference_id, title_sv, type, starts_at, ends_at, room_id)
       SELECT $1, 'Punkt ' || i, 'seminar', '2031-04-14T07:00:00Z'::timestamptz + (i || ' minutes')::interval, '2031-04-14T07:00:00Z'::timestamptz + ((i + 1) || ' minutes')::interval, $2
         FROM generate_series(1, 500) AS i`,
      [conference.id, big.id],
    );
    await t.http
      .post(`/api/conferences/${conference.id}/agenda/publish`)
      .set('Authorization', committee)
      .send({ acknowledgeConflicts: true })
      .expect(200);
    t.queries.reset();
    const res = await t.http.get(`/api/conferences/${conference.id}/programme`).expect(200);
    expect(res.body.items).toHaveLength(500);
    expect(t.queries.queries).toBeLessThanOrEqual(2);
    // Later requests for the same version cost one small query, and a client with the ETag gets 304.
    t.queries.reset();
    const again = await t.http.get(`/api/conferences/${conference.id}/programme`).expect(200);
    expect(t.queries.queries).toBe(1);
    expect(again.body).toEqual(res.body);
    // That one query is a statement prepared on the connection that ran it, not planned afresh each time.
    const pool = pgPool(t.dataSource);
    if (!pool) throw new Error('no pool');
    const idle = await Promise.all(Array.from({ length: pool.idleCount }, () => pool.connect()));
    const names = (await Promise.all(idle.map((c) => c.query<{ name: string }>('SELECT name FROM pg_prepared_statements')))).flatMap((r) =>
      r.rows.map((row) => row.name),
    );
    idle.forEach((c) => c.release());
    expect(names).toContain('programme-latest-number');
    await t.http.get(`/api/conferences/${conference.id}/programme`).set('If-None-Match', res.headers['etag']).expect(304);
    // Served from a gzip made once per version to clients that take it, and plain to those that do not.
    const zipped = await t.http.get(`/api/conferences/${conference.id}/programme`).set('Accept-Encoding', 'gzip').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(zipped.body).toEqual(res.body);
    const plain = await t.http.get(`/api/conferences/${conference.id}/programme`).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(res.body);
  });

  it('hides programmes of draft conferences from the public', async () => {
    const draft = await createConference(t, committee, {}, false);
    const refused = await t.http.post(`/api/conferences/${draft.id}/agenda/publish`).set('Authorization', committee).send({}).expect(422);
    expect(refused.body.code).toBe('agenda.conference-not-public');
    expect((await t.http.get(`/api/conferences/${draft.id}/programme`).expect(404)).body.code).toBe('agenda.conference-not-found');
    expect((await t.http.get('/api/conferences/not-a-uuid/programme').expect(404)).body.code).toBe('request.not-found');
    expect((await t.http.get('/api/conferences/not-a-uuid/programme/changes').expect(404)).body.code).toBe('request.not-found');
    expect((await t.http.get('/api/conferences/not-a-uuid/programme/signups').expect(404)).body.code).toBe('request.not-found');
  });
});

describe('accepted session proposals become candidate agenda items', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists accepted sessions for the conference and imports one as an unscheduled item linked to its proposal', async () => {
    const committee = await t.login(DEMO.committee);
    const council = await t.login(DEMO.council);
    const conference = await createConference(t, committee);
    const { body: proposal } = await t.http
      .post('/api/proposals')
      .set('Authorization', council)
      .send({
        kind: 'session',
        title: 'Panel om vätgas',
        summary: 'Ett panelsamtal om vätgas i industrin.',
        focusAreaCodes: ['green-transition'],
        targetConferenceId: conference.id,
        format: 'panel',
        speakers: [{ name: 'Eva Öst', organisation: 'Vattenfall' }],
      })
      .expect(201);
    await t.http.post(`/api/proposals/${proposal.id}/submit`).set('Authorization', council).expect(200);
    const meeting = (
      await t.http
        .post('/api/meetings')
        .set('Authorization', committee)
        .send({ title: 'AU-möte', startsAt: '2031-01-10T10:00:00+01:00', participantIds: [] })
        .expect(201)
    ).body;
    const withItem = (
      await t.http
        .post(`/api/meetings/${meeting.id}/items`)
        .set('Authorization', committee)
        .send({ kind: 'proposal', proposalId: proposal.id })
        .expect(201)
    ).body;
    const item = withItem.items.find((i: { proposalId: string }) => i.proposalId === proposal.id);
    await t.http
      .post(`/api/meetings/${meeting.id}/items/${item.id}/decision`)
      .set('Authorization', committee)
      .send({ outcome: 'accept', motivation: 'Bra panel.' })
      .expect(200);

    const candidates = await t.http.get(`/api/conferences/${conference.id}/agenda/candidates`).set('Authorization', committee).expect(200);
    expect(candidates.body).toEqual([expect.objectContaining({ proposalId: proposal.id, title: 'Panel om vätgas', format: 'panel' })]);
    const imported = await t.http
      .post(`/api/conferences/${conference.id}/agenda/candidates/${proposal.id}`)
      .set('Authorization', committee)
      .expect(201);
    expect(imported.body).toMatchObject({
      titleSv: 'Panel om vätgas',
      type: 'panel',
      startsAt: null,
      sourceProposalId: proposal.id,
      focusAreaCodes: ['green-transition'],
      // The proposal's suggested speaker becomes a register entry, linked to the item.
      speakers: [{ id: expect.any(String), name: 'Eva Öst', organisation: 'Vattenfall', title: null, invitation: 'not-invited' }],
    });
    expect((await t.http.get(`/api/conferences/${conference.id}/agenda/candidates`).set('Authorization', committee)).body).toEqual([]);
    const again = await t.http
      .post(`/api/conferences/${conference.id}/agenda/candidates/${proposal.id}`)
      .set('Authorization', committee)
      .expect(409);
    expect(again.body).toMatchObject({ code: 'agenda.already-imported', errors: { proposalId: 'alreadyImported' } });
    const other = await createConference(t, committee);
    const elsewhere = await t.http
      .post(`/api/conferences/${other.id}/agenda/candidates/${proposal.id}`)
      .set('Authorization', committee)
      .expect(404);
    expect(elsewhere.body.code).toBe('agenda.not-a-candidate');
  });
});
