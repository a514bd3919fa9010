import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type {
  AttendeePage,
  QuestionInput,
  QuestionResponse,
  RegistrationExportResponse,
  RegistrationResponse,
} from '@samverkan/registrations/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const NONE = '00000000-0000-4000-8000-000000000000';

const FORM: QuestionInput[] = [
  { kind: 'text', labelSv: 'Vilken förvaltning?', labelEn: 'Which department?', required: true },
  { kind: 'long-text', labelSv: 'Något mer?', required: false },
  {
    kind: 'choice',
    labelSv: 'Buss från stationen',
    labelEn: 'Bus from the station',
    required: true,
    options: [{ labelSv: 'Dit' }, { labelSv: 'Hem' }, { labelSv: 'Nej tack', labelEn: 'No thanks' }],
  },
  { kind: 'choices', labelSv: 'Studiebesök', required: false, options: [{ labelSv: 'Bruket' }, { labelSv: '=Hamnen' }] },
  { kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', required: true },
];

describe('registration questions', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
  });
  afterAll(() => t.close());

  const put = (conferenceId: string, body: unknown, who = committee) =>
    t.http
      .put(`/api/conferences/${conferenceId}/questions`)
      .set('Authorization', who)
      .send(body as object);
  const register = (conferenceId: string, n: string, answers: Record<string, unknown>) =>
    t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n, { answers: answers as never }));
  const list = async (conferenceId: string, query = '') =>
    (await t.http.get(`/api/conferences/${conferenceId}/registrations${query}`).set('Authorization', committee).expect(200))
      .body as AttendeePage;
  const download = (path: string) =>
    t.http
      .get(path)
      .set('Authorization', committee)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  /** A published conference with FORM, and the questions with their ids. */
  async function conferenceWithForm() {
    const conference = await createConference(t, committee);
    const questions = (await put(conference.id, FORM).expect(200)).body as QuestionResponse[];
    const [dept, more, bus, visits, dinner] = questions;
    const valid = { [dept.id]: 'Socialtjänsten', [bus.id]: bus.options[0].id, [dinner.id]: false };
    return { conference, questions, dept, more, bus, visits, dinner, valid };
  }

  it('stores the questions in order with ids, shows them to the public, and keeps ids on a later edit', async () => {
    const { conference, questions, bus } = await conferenceWithForm();
    expect(questions.map((q) => [q.kind, q.labelSv, q.required, q.options.length])).toEqual([
      ['text', 'Vilken förvaltning?', true, 0],
      ['long-text', 'Något mer?', false, 0],
      ['choice', 'Buss från stationen', true, 3],
      ['choices', 'Studiebesök', false, 2],
      ['yes-no', 'Middag', true, 0],
    ]);
    expect(questions[1].labelEn).toBeNull();
    expect(bus.options[2]).toEqual({ id: expect.any(String), labelSv: 'Nej tack', labelEn: 'No thanks' });
    const seen = await t.http.get(`/api/conferences/${conference.id}/questions`).expect(200);
    expect(seen.body).toEqual(questions);

    // Reordered, relabelled: the same ids; a question left out without answers is gone.
    const edited = (
      await put(conference.id, [
        {
          id: bus.id,
          kind: 'choice',
          labelSv: 'Buss',
          required: false,
          options: bus.options.map((o) => ({ id: o.id, labelSv: o.labelSv })),
        },
        { id: questions[0].id, kind: 'text', labelSv: 'Förvaltning', required: true },
      ]).expect(200)
    ).body as QuestionResponse[];
    expect(edited.map((q) => [q.id, q.labelSv])).toEqual([
      [bus.id, 'Buss'],
      [questions[0].id, 'Förvaltning'],
    ]);
    expect(edited[0].options.map((o) => o.id)).toEqual(bus.options.map((o) => o.id));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM conference_questions WHERE conference_id = $1`, [
      conference.id,
    ]);
    expect(n).toBe(2);
  });

  it('refuses invalid question lists and writes nothing', async () => {
    const { conference, questions } = await conferenceWithForm();
    const before = await rowCounts(t.dataSource);
    const tooFew = await put(conference.id, [
      { kind: 'choice', labelSv: 'Ett val', required: true, options: [{ labelSv: 'Bara en' }] },
    ]).expect(400);
    expect(tooFew.body).toMatchObject({ code: 'registration-questions.invalid-questions', errors: { '0.options': 'tooFewOptions' } });
    const textWithOptions = await put(conference.id, [
      { kind: 'text', labelSv: 'Fritext', required: false, options: [{ labelSv: 'a' }, { labelSv: 'b' }] },
    ]).expect(400);
    expect(textWithOptions.body.errors).toEqual({ '0.options': 'notForKind' });
    const unknownId = await put(conference.id, [{ id: NONE, kind: 'text', labelSv: 'X', required: false }]).expect(400);
    expect(unknownId.body.errors).toEqual({ '0.id': 'unknown' });
    const badFields = await put(conference.id, [{ kind: 'essay', labelSv: '', required: 'yes', extra: 1 }]).expect(400);
    expect(badFields.body).toMatchObject({ code: 'validation.failed' });
    expect(Object.keys(badFields.body.errors).sort()).toEqual(['0.extra', '0.kind', '0.labelSv', '0.required']);
    await put(conference.id, { questions: [] }).expect(400);
    await put(NONE, []).expect(404);
    expect(await rowCounts(t.dataSource)).toEqual(before);
    expect((await t.http.get(`/api/conferences/${conference.id}/questions`).expect(200)).body).toEqual(questions);
  });

  it('shows a draft’s questions only to staff, and lets only conferences.manage change them', async () => {
    const draft = await createConference(t, committee, {}, false);
    await put(draft.id, FORM.slice(0, 1)).expect(200);
    await t.http.get(`/api/conferences/${draft.id}/questions`).expect(404);
    await t.http.get(`/api/conferences/${draft.id}/questions`).set('Authorization', council).expect(404);
    expect((await t.http.get(`/api/conferences/${draft.id}/questions`).set('Authorization', committee).expect(200)).body).toHaveLength(1);
    await t.http.put(`/api/conferences/${draft.id}/questions`).send([]).expect(401);
    await put(draft.id, [], council).expect(403);
  });

  it('accepts valid answers of every kind and shows them on the manage page', async () => {
    const { conference, dept, more, bus, visits, dinner, valid } = await conferenceWithForm();
    const created = await register(conference.id, 'q1', {
      ...valid,
      [more.id]: 'Rad ett\nrad två',
      [visits.id]: [visits.options[1].id, visits.options[0].id],
      [dinner.id]: true,
    }).expect(201);
    const mine = (await t.http.get(`/api/registrations/${created.body.manageToken}`).expect(200)).body as RegistrationResponse;
    expect(mine.answers.map((a) => [a.questionId, a.text, a.options.map((o) => o.labelSv), a.yes])).toEqual([
      [dept.id, 'Socialtjänsten', [], null],
      [more.id, 'Rad ett\nrad två', [], null],
      [bus.id, null, ['Dit'], null],
      [visits.id, null, ['Bruket', '=Hamnen'], null],
      [dinner.id, null, [], true],
    ]);
  });

  it('refuses a missing required answer, an unknown option, a wrong type and a too long text, naming the question, storing nothing', async () => {
    const { conference, dept, bus, visits, dinner, valid } = await conferenceWithForm();
    const before = await rowCounts(t.dataSource);
    const missing = await register(conference.id, 'bad1', { [dept.id]: 'X', [bus.id]: bus.options[0].id }).expect(400);
    expect(missing.body).toMatchObject({
      code: 'registration-questions.answer-required',
      message: 'Svara på frågan ”Middag”. Den är obligatorisk.',
      params: { question: 'Middag', questionId: dinner.id },
      errors: { [dinner.id]: 'required' },
    });
    const english = await register(conference.id, 'bad1', { [dept.id]: 'X', [bus.id]: bus.options[0].id })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(english.body.message).toBe('Answer the question “Middag”. It is required.');
    expect(english.body.params.questionEn).toBe('Dinner');
    const unknown = await register(conference.id, 'bad2', { ...valid, [bus.id]: NONE }).expect(400);
    expect(unknown.body).toMatchObject({
      code: 'registration-questions.unknown-option',
      params: { question: 'Buss från stationen', questionId: bus.id },
      errors: { [bus.id]: 'unknownOption' },
    });
    const unknownInMany = await register(conference.id, 'bad3', { ...valid, [visits.id]: [visits.options[0].id, NONE] }).expect(400);
    expect(unknownInMany.body.errors).toEqual({ [visits.id]: 'unknownOption' });
    const wrongType = await register(conference.id, 'bad4', { ...valid, [dinner.id]: 'ja' }).expect(400);
    expect(wrongType.body).toMatchObject({ code: 'registration-questions.wrong-type', errors: { [dinner.id]: 'wrongType' } });
    const tooLong = await register(conference.id, 'bad5', { ...valid, [dept.id]: 'x'.repeat(201) }).expect(400);
    expect(tooLong.body).toMatchObject({ code: 'registration-questions.answer-too-long', params: { max: 200, questionId: dept.id } });
    const unknownQuestion = await register(conference.id, 'bad6', { ...valid, [NONE]: 'x' }).expect(400);
    expect(unknownQuestion.body).toMatchObject({ code: 'registration-questions.unknown-question', errors: { [NONE]: 'unknownQuestion' } });
    await register(conference.id, 'bad7', 'nope' as never).expect(400);
    expect(await rowCounts(t.dataSource)).toEqual(before);
    const page = await t.http.get(`/api/conferences/${conference.id}`).expect(200);
    expect(page.body.confirmedCount).toBe(0);
  });

  it('keeps answers readable after a label changes and a chosen option and answered question are removed', async () => {
    const { conference, dept, more, bus, visits, dinner, valid } = await conferenceWithForm();
    const anna = await register(conference.id, 'keep1', { ...valid, [bus.id]: bus.options[1].id, [more.id]: 'Kommer sent' }).expect(201);
    await register(conference.id, 'keep2', valid).expect(201);

    const edited = (
      await put(conference.id, [
        { id: dept.id, kind: 'text', labelSv: 'Förvaltning eller bolag', required: true },
        {
          id: bus.id,
          kind: 'choice',
          labelSv: 'Buss',
          required: true,
          options: [{ id: bus.options[0].id, labelSv: 'Dit' }, { labelSv: 'Båda vägarna' }],
        },
        { id: dinner.id, kind: 'yes-no', labelSv: 'Middag', required: true },
        { id: visits.id, kind: 'choices', labelSv: 'Studiebesök', required: false, options: visits.options },
      ]).expect(200)
    ).body as QuestionResponse[];
    // The form no longer shows "Hem" (chosen by Anna) or "Något mer?" (answered by Anna).
    expect(edited.map((q) => q.labelSv)).toEqual(['Förvaltning eller bolag', 'Buss', 'Middag', 'Studiebesök']);
    expect(edited[1].options.map((o) => o.labelSv)).toEqual(['Dit', 'Båda vägarna']);
    const [{ archived }] = await t.dataSource.query(
      `SELECT count(*)::int AS archived FROM conference_questions WHERE conference_id = $1 AND archived_at IS NOT NULL`,
      [conference.id],
    );
    expect(archived).toBe(1);

    const expected = [
      [dept.id, 'Förvaltning eller bolag', 'Socialtjänsten', [], false],
      [bus.id, 'Buss', null, ['Hem'], false],
      [dinner.id, 'Middag', null, [], false],
      [more.id, 'Något mer?', 'Kommer sent', [], true],
    ];
    const read = (answers: RegistrationResponse['answers']) =>
      answers.map((a) => [a.questionId, a.labelSv, a.text, a.options.map((o) => o.labelSv), a.archived]);
    const mine = (await t.http.get(`/api/registrations/${anna.body.manageToken}`).expect(200)).body as RegistrationResponse;
    expect(read(mine.answers)).toEqual(expected);
    const own = (await t.http.get(`/api/registrations/${anna.body.manageToken}/export`).expect(200)).body as RegistrationExportResponse;
    expect(read(own.registration.answers)).toEqual(expected);
    const staff = await list(conference.id, '?search=keep1');
    expect(read(staff.items[0].answers)).toEqual(expected);

    // A new registration cannot choose the archived option, nor answer the archived question.
    const refused = await register(conference.id, 'keep3', { ...valid, [bus.id]: bus.options[1].id }).expect(400);
    expect(refused.body.errors).toEqual({ [bus.id]: 'unknownOption' });
    await register(conference.id, 'keep4', { ...valid, [more.id]: 'x' }).expect(400);

    // The kind of an answered question is fixed.
    const kind = await put(conference.id, [{ id: dinner.id, kind: 'text', labelSv: 'Middag', required: true }]).expect(422);
    expect(kind.body).toMatchObject({ code: 'registration-questions.kind-locked', params: { questionId: dinner.id } });
  });

  it('writes one column per question in the CSV and XLSX exports, formula-safe, archived questions included', async () => {
    const { conference, dept, more, visits, valid } = await conferenceWithForm();
    await register(conference.id, 'csv1', {
      ...valid,
      [dept.id]: '=HYPERLINK("x")',
      [visits.id]: visits.options.map((o) => o.id),
      [more.id]: 'Sen',
    }).expect(201);
    await put(
      conference.id,
      FORM.slice(0, 1).map((q) => ({ ...q, id: dept.id })),
    ).expect(200);

    const csv = await download(`/api/conferences/${conference.id}/registrations/export.csv`);
    const rows: string[][] = parseCsv(csv.body.toString('utf8'), { bom: true });
    const header = rows[0];
    const cols = [
      'Vilken förvaltning?',
      'Något mer? (borttagen fråga)',
      'Buss från stationen (borttagen fråga)',
      'Studiebesök (borttagen fråga)',
      'Middag (borttagen fråga)',
    ];
    expect(header.slice(-5)).toEqual(cols);
    expect(rows[1].slice(-5)).toEqual([`'=HYPERLINK("x")`, 'Sen', 'Dit', `Bruket; =Hamnen`, 'nej']);

    const xlsx = await download(`/api/conferences/${conference.id}/registrations/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('Deltagare') as ExcelJS.Worksheet;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(-5);
    expect(values(1)).toEqual(cols);
    expect(values(2)).toEqual(['=HYPERLINK("x")', 'Sen', 'Dit', 'Bruket; =Hamnen', 'nej']);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  });

  it('filters the staff list on an option, one of several choices, and yes or no', async () => {
    const { conference, bus, visits, dinner, valid } = await conferenceWithForm();
    await register(conference.id, 'f1', { ...valid, [dinner.id]: true, [visits.id]: [visits.options[0].id, visits.options[1].id] }).expect(
      201,
    );
    await register(conference.id, 'f2', { ...valid, [bus.id]: bus.options[1].id, [visits.id]: [visits.options[1].id] }).expect(201);
    await register(conference.id, 'f3', valid).expect(201);
    const names = async (filter: string) => (await list(conference.id, `?answer=${filter}`)).items.map((i) => i.firstName).sort();
    expect(await names(`${dinner.id}:yes`)).toEqual(['Personf1']);
    expect(await names(`${dinner.id}:no`)).toEqual(['Personf2', 'Personf3']);
    expect(await names(`${bus.id}:${bus.options[0].id}`)).toEqual(['Personf1', 'Personf3']);
    expect(await names(`${visits.id}:${visits.options[1].id}`)).toEqual(['Personf1', 'Personf2']);
    expect((await list(conference.id, `?answer=${dinner.id}:yes`)).total).toBe(1);
    await t.http.get(`/api/conferences/${conference.id}/registrations?answer=nonsense`).set('Authorization', committee).expect(400);
  });

  it('lets the person change answers while registration is open, and not after', async () => {
    const { conference, dept, bus, dinner, valid } = await conferenceWithForm();
    const { manageToken } = (await register(conference.id, 'p1', valid).expect(201)).body;
    const changed = await t.http
      .patch(`/api/registrations/${manageToken}`)
      .send({ answers: { ...valid, [dinner.id]: true, [bus.id]: bus.options[2].id } })
      .expect(200);
    expect((changed.body as RegistrationResponse).answers.map((a) => a.options[0]?.labelSv ?? a.yes ?? a.text)).toEqual([
      'Socialtjänsten',
      'Nej tack',
      true,
    ]);
    const invalid = await t.http
      .patch(`/api/registrations/${manageToken}`)
      .send({ answers: { [dept.id]: 'X' }, title: 'Chef' })
      .expect(400);
    expect(invalid.body.code).toBe('registration-questions.answer-required');
    expect((await t.http.get(`/api/registrations/${manageToken}`).expect(200)).body.title).toBeNull();

    await t.dataSource.query(`UPDATE conferences SET registration_closes_at = now() - interval '1 minute' WHERE id = $1`, [conference.id]);
    const closed = await t.http.patch(`/api/registrations/${manageToken}`).send({ answers: valid }).expect(422);
    expect(closed.body).toMatchObject({ code: 'registration-questions.answers-closed', errors: { answers: 'closed' } });
    const still = (await t.http.get(`/api/registrations/${manageToken}`).expect(200)).body as RegistrationResponse;
    expect(still.answers.find((a) => a.questionId === dinner.id)?.yes).toBe(true);
    // Other changes still go through.
    await t.http.patch(`/api/registrations/${manageToken}`).send({ title: 'Chef' }).expect(200);
  });

  it('erases answers with the person’s data, and copies the form questions (not archived ones) into a copied conference', async () => {
    const { conference, more, valid } = await conferenceWithForm();
    const { manageToken, id } = (await register(conference.id, 'e1', { ...valid, [more.id]: 'x' }).expect(201)).body;
    await put(
      conference.id,
      FORM.filter((q) => q.labelSv !== 'Något mer?'),
    ).expect(200);
    await t.http.post(`/api/registrations/${manageToken}/erase`).expect(204);
    expect(await t.dataSource.query(`SELECT 1 FROM registration_answers WHERE registration_id = $1`, [id])).toEqual([]);

    // Copying the conference (the staff route) copies the form.
    const target = (
      await t.http
        .post(`/api/conferences/${conference.id}/copy`)
        .set('Authorization', committee)
        .send({ startsAt: '2032-05-10T09:00:00+02:00' })
        .expect(201)
    ).body as { id: string };
    const source = (await t.http.get(`/api/conferences/${conference.id}/questions`).expect(200)).body as QuestionResponse[];
    const copied = (await t.http.get(`/api/conferences/${target.id}/questions`).set('Authorization', committee).expect(200))
      .body as QuestionResponse[];
    const shape = (qs: QuestionResponse[]) => qs.map((q) => [q.kind, q.labelSv, q.required, q.options.map((o) => o.labelSv)]);
    expect(shape(copied)).toEqual(shape(source));
    const sourceIds = new Set([...source.map((q) => q.id), ...source.flatMap((q) => q.options.map((o) => o.id))]);
    expect([...copied.map((q) => q.id), ...copied.flatMap((q) => q.options.map((o) => o.id))].some((i) => sourceIds.has(i))).toBe(false);
  });
});
