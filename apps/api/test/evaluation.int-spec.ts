import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import type { EvaluationForm, EvaluationResults } from '@samverkan/evaluation/contract';
import { EvaluationInvitations } from '@samverkan/evaluation/api';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('evaluation after a conference', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  /** A conference with two workshops (published), confirmed participants signed up to the first, and a waitlisted one. */
  async function conferenceWithParticipants(people = 2) {
    const conference = await createConference(t, committee, {
      capacity: people,
      startsAt: '2031-05-14T09:00:00+02:00',
      endsAt: '2031-05-15T16:00:00+02:00',
    });
    const room = (
      await t.http
        .post(`/api/conferences/${conference.id}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Sal A', capacity: 100 })
        .expect(201)
    ).body;
    const add = async (titleSv: string, startsAt: string, endsAt: string) =>
      (
        await t.http
          .post(`/api/conferences/${conference.id}/agenda/items`)
          .set('Authorization', committee)
          .send({ titleSv, type: 'workshop', startsAt, endsAt, roomId: room.id, signupRequired: true, signupCapacity: 50 })
          .expect(201)
      ).body as AgendaItemResponse;
    const w1 = await add('Workshop om kompetens', '2031-05-14T10:00:00+02:00', '2031-05-14T11:00:00+02:00');
    const w2 = await add('Workshop om energi', '2031-05-14T13:00:00+02:00', '2031-05-14T14:00:00+02:00');
    await t.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    const tokens: string[] = [];
    for (let i = 0; i < people; i++) {
      const body = registrationBody(`${conference.id.slice(0, 8)}-${i}`, i === 1 ? { language: 'en', firstName: 'Emma' } : {});
      const token = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(body).expect(201)).body
        .manageToken as string;
      await t.http.post(`/api/registrations/${token}/sessions`).send({ agendaItemId: w1.id }).expect(201);
      tokens.push(token);
    }
    const waitlisted = await t.http
      .post(`/api/conferences/${conference.id}/registrations`)
      .send(registrationBody(`${conference.id.slice(0, 8)}-w`))
      .expect(201);
    expect(waitlisted.body.status).toBe('waitlisted');
    return { conference, w1, w2, tokens, waitlistedToken: waitlisted.body.manageToken as string };
  }

  /** Moves the conference into the past through the staff API, as an organiser would after the fact. */
  async function end(conferenceId: string, daysAgo = 1) {
    const endsAt = new Date(Date.now() - daysAgo * DAY);
    await t.http
      .patch(`/api/conferences/${conferenceId}`)
      .set('Authorization', committee)
      .send({
        startsAt: new Date(endsAt.getTime() - DAY).toISOString(),
        endsAt: endsAt.toISOString(),
        registrationOpensAt: null,
        registrationClosesAt: null,
      })
      .expect(200);
  }

  it('refuses answers before the end, takes one after, and lets the person change it until the close', async () => {
    const { conference, w1, w2, tokens } = await conferenceWithParticipants();
    const before = (await t.http.get(`/api/registrations/${tokens[0]}/evaluation`).expect(200)).body as EvaluationForm;
    expect(before).toMatchObject({
      state: 'not-ended',
      answer: null,
      sessions: [{ agendaItemId: w1.id, titleSv: 'Workshop om kompetens' }],
    });
    expect(before.focusAreas).toHaveLength(6);
    const early = await t.http.put(`/api/registrations/${tokens[0]}/evaluation`).send({ overall: 4 }).expect(422);
    expect(early.body).toMatchObject({ code: 'evaluation.not-ended', params: { endsAt: expect.any(String) } });
    expect(await answerCount(conference.id)).toBe(0);

    await end(conference.id);
    const saved = await t.http
      .put(`/api/registrations/${tokens[0]}/evaluation`)
      .send({ overall: 4, sessions: { [w1.id]: 5 }, keep: 'Workshopparna', change: 'Längre pauser', focusAreaCodes: ['skills'] })
      .expect(200);
    expect(saved.body).toMatchObject({
      state: 'open',
      answer: { overall: 4, sessions: { [w1.id]: 5 }, keep: 'Workshopparna', change: 'Längre pauser', focusAreaCodes: ['skills'] },
    });
    const closesAt = new Date(saved.body.closesAt).getTime();
    expect(closesAt - new Date(saved.body.conference.endsAt).getTime()).toBe(30 * DAY);

    const changed = await t.http
      .put(`/api/registrations/${tokens[0]}/evaluation`)
      .send({ overall: 2, focusAreaCodes: ['green-transition', 'cooperation'] })
      .expect(200);
    expect(changed.body.answer).toMatchObject({
      overall: 2,
      sessions: {},
      keep: null,
      change: null,
      focusAreaCodes: ['green-transition', 'cooperation'],
    });
    expect(await answerCount(conference.id)).toBe(1);

    // A programme item the person did not sign up for (w2), or no item at all, is a 400 naming it, and changes nothing.
    const foreign = await t.http
      .put(`/api/registrations/${tokens[0]}/evaluation`)
      .send({ overall: 5, sessions: { [w2.id]: 3 } })
      .expect(400);
    expect(foreign.body).toMatchObject({
      code: 'evaluation.unknown-session',
      params: { agendaItemId: w2.id },
      errors: { [`sessions.${w2.id}`]: 'notYours' },
    });
    expect(foreign.body.message).toContain(w2.id);
    await t.http
      .put(`/api/registrations/${tokens[0]}/evaluation`)
      .send({ overall: 5, sessions: { [w1.id]: 6 } })
      .expect(400);
    await t.http.put(`/api/registrations/${tokens[0]}/evaluation`).send({ overall: 0 }).expect(400);
    expect((await t.http.get(`/api/registrations/${tokens[0]}/evaluation`).expect(200)).body.answer.overall).toBe(2);

    // Staff close it early: answers and changes are refused after.
    await t.http
      .put(`/api/conferences/${conference.id}/evaluation/settings`)
      .set('Authorization', committee)
      .send({ closesAt: new Date(Date.now() - 60_000).toISOString() })
      .expect(200);
    const late = await t.http.put(`/api/registrations/${tokens[0]}/evaluation`).send({ overall: 5 }).expect(422);
    expect(late.body).toMatchObject({ code: 'evaluation.closed', params: { closesAt: expect.any(String) } });
    expect((await t.http.get(`/api/registrations/${tokens[0]}/evaluation`).expect(200)).body).toMatchObject({
      state: 'closed',
      answer: { overall: 2 },
    });
    // A close time before the end is refused; null goes back to the default.
    const tooEarly = await t.http
      .put(`/api/conferences/${conference.id}/evaluation/settings`)
      .set('Authorization', committee)
      .send({ closesAt: '2020-01-01T00:00:00+01:00' })
      .expect(422);
    expect(tooEarly.body.code).toBe('evaluation.closes-before-end');
    const reset = await t.http
      .put(`/api/conferences/${conference.id}/evaluation/settings`)
      .set('Authorization', committee)
      .send({ closesAt: null })
      .expect(200);
    expect(reset.body.closesAt).toBe(reset.body.defaultClosesAt);
    await t.http.put(`/api/registrations/${tokens[0]}/evaluation`).send({ overall: 5 }).expect(200);
  });

  it('refuses waitlisted and cancelled registrations with a reason, and a closed evaluation after its default close', async () => {
    const { conference, tokens, waitlistedToken } = await conferenceWithParticipants();
    await end(conference.id);
    const waitlisted = await t.http.put(`/api/registrations/${waitlistedToken}/evaluation`).send({ overall: 3 }).expect(422);
    expect(waitlisted.body).toMatchObject({ code: 'evaluation.not-confirmed' });
    expect(waitlisted.body.message).toMatch(/reservlistan eller är avbokad/);
    expect((await t.http.get(`/api/registrations/${waitlistedToken}/evaluation`).expect(200)).body.state).toBe('not-confirmed');
    await t.http.delete(`/api/registrations/${tokens[1]}`).expect(200);
    expect((await t.http.get(`/api/registrations/${tokens[1]}/evaluation`).expect(200)).body.state).toBe('not-confirmed');
    const cancelled = await t.http
      .put(`/api/registrations/${tokens[1]}/evaluation`)
      .send({ overall: 3 })
      .set('Accept-Language', 'en')
      .expect(422);
    expect(cancelled.body).toMatchObject({ code: 'evaluation.not-confirmed' });
    expect(cancelled.body.message).toMatch(/waiting list or cancelled/);
    expect(await answerCount(conference.id)).toBe(0);

    const old = await conferenceWithParticipants(1);
    await end(old.conference.id, 31);
    const closed = await t.http.put(`/api/registrations/${old.tokens[0]}/evaluation`).send({ overall: 3 }).expect(422);
    expect(closed.body.code).toBe('evaluation.closed');
  });

  it('keeps one answer per registration under concurrent saves: the last one whole', async () => {
    const { conference, w1, tokens } = await conferenceWithParticipants(1);
    await end(conference.id);
    const bodies = Array.from({ length: 12 }, (_, i) => ({
      overall: (i % 5) + 1,
      sessions: { [w1.id]: ((i + 2) % 5) + 1 },
      keep: `svar ${i}`,
    }));
    const results = await Promise.all(bodies.map((body) => t.http.put(`/api/registrations/${tokens[0]}/evaluation`).send(body)));
    expect(results.map((r) => r.status)).toEqual(bodies.map(() => 200));
    const rows = await t.dataSource.query(`SELECT overall, session_scores, keep_text FROM evaluation_answers WHERE conference_id = $1`, [
      conference.id,
    ]);
    expect(rows).toHaveLength(1);
    // Whichever save came last, its fields belong together (no mix of two answers).
    const i = Number(String(rows[0].keep_text).replace('svar ', ''));
    expect(rows[0]).toEqual({ overall: bodies[i].overall, session_scores: bodies[i].sessions, keep_text: bodies[i].keep });
  });

  it('shows staff the results without names or registration ids; the council gets 403', async () => {
    const { conference, w1, tokens } = await conferenceWithParticipants(3);
    await end(conference.id);
    await t.http
      .put(`/api/registrations/${tokens[0]}/evaluation`)
      .send({
        overall: 5,
        sessions: { [w1.id]: 4 },
        keep: 'Öppenheten',
        change: 'Bättre kaffe',
        focusAreaCodes: ['skills', 'green-transition'],
      })
      .expect(200);
    await t.http
      .put(`/api/registrations/${tokens[1]}/evaluation`)
      .send({ overall: 3, sessions: { [w1.id]: 2 }, keep: 'Alla möten', focusAreaCodes: ['skills'] })
      .expect(200);

    await t.http.get(`/api/conferences/${conference.id}/evaluation`).set('Authorization', council).expect(403);
    await t.http.get(`/api/conferences/${conference.id}/evaluation`).expect(401);
    const res = await t.http.get(`/api/conferences/${conference.id}/evaluation`).set('Authorization', admin).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const results = res.body as EvaluationResults;
    expect(results).toMatchObject({
      state: 'open',
      invited: 3,
      answers: 2,
      overall: {
        mean: 4,
        distribution: [
          { score: 1, count: 0 },
          { score: 2, count: 0 },
          { score: 3, count: 1 },
          { score: 4, count: 0 },
          { score: 5, count: 1 },
        ],
      },
      keep: ['Alla möten', 'Öppenheten'],
      change: ['Bättre kaffe'],
    });
    expect(results.sessions).toEqual([expect.objectContaining({ agendaItemId: w1.id, count: 2, mean: 3 })]);
    expect(results.focusAreaWishes.find((w) => w.code === 'skills')?.count).toBe(2);
    expect(results.focusAreaWishes.find((w) => w.code === 'green-transition')?.count).toBe(1);
    const text = JSON.stringify(results);
    const people = await t.dataSource.query(`SELECT id, first_name, last_name, email FROM registrations WHERE conference_id = $1`, [
      conference.id,
    ]);
    for (const p of people) for (const value of [p.id, p.first_name, p.last_name, p.email]) expect(text).not.toContain(value);
  });

  it('sends each confirmed participant one invitation, whether inviteEnded runs twice, concurrently or with staff pressing send', async () => {
    const { conference, tokens } = await conferenceWithParticipants(2);
    const invitations = t.app.get(EvaluationInvitations);
    const early = await t.http.post(`/api/conferences/${conference.id}/evaluation/invitations`).set('Authorization', committee).expect(422);
    expect(early.body.code).toBe('evaluation.not-ended');
    await invitations.inviteEnded();
    expect(await invitationsTo(conference.id)).toHaveLength(0);

    await end(conference.id);
    const runs = await overlapping(t, conference.id, () => invitations.inviteEnded());
    const mine = runs.flat().filter((r) => r.conferenceId === conference.id);
    expect(mine).toEqual([{ conferenceId: conference.id, recipients: 2 }]);
    await invitations.inviteEnded();
    const again = await t.http.post(`/api/conferences/${conference.id}/evaluation/invitations`).set('Authorization', committee).expect(200);
    expect(again.body).toMatchObject({ recipients: 0, alreadySent: true });

    const mails = await invitationsTo(conference.id);
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.to)).size).toBe(2);
    const sv = mails.find((m) => m.subject.startsWith('Utvärdering'));
    const en = mails.find((m) => m.subject.startsWith('Evaluation'));
    expect(sv?.text).toContain(`http://localhost:3000/anmalan/${tokens[0]}/utvardering`);
    expect(en?.text).toContain(`http://localhost:3000/anmalan/${tokens[1]}/utvardering`);
    expect(en?.text).toMatch(/^Hello Emma,/);
    const results = (await t.http.get(`/api/conferences/${conference.id}/evaluation`).set('Authorization', committee).expect(200)).body;
    expect(results.invitedAt).not.toBeNull();
  });

  it('sends now from the staff route once, to confirmed participants only', async () => {
    const { conference } = await conferenceWithParticipants(2);
    await end(conference.id);
    const [first, second] = await Promise.all([
      t.http.post(`/api/conferences/${conference.id}/evaluation/invitations`).set('Authorization', admin),
      t.http.post(`/api/conferences/${conference.id}/evaluation/invitations`).set('Authorization', committee),
    ]);
    expect([first.body.recipients, second.body.recipients].sort()).toEqual([0, 2]);
    expect(await invitationsTo(conference.id)).toHaveLength(2);
    await t.http.post(`/api/conferences/${conference.id}/evaluation/invitations`).set('Authorization', council).expect(403);
  });

  it('counts the focus-area wishes in the coverage report beside what was offered', async () => {
    const { conference, tokens } = await conferenceWithParticipants(2);
    await end(conference.id);
    await t.http
      .put(`/api/registrations/${tokens[0]}/evaluation`)
      .send({ overall: 4, focusAreaCodes: ['green-transition', 'skills'] })
      .expect(200);
    await t.http
      .put(`/api/registrations/${tokens[1]}/evaluation`)
      .send({ overall: 4, focusAreaCodes: ['green-transition'] })
      .expect(200);
    const report = (
      await t.http.get(`/api/reports/focus-area-coverage?conferenceIds=${conference.id}`).set('Authorization', committee).expect(200)
    ).body;
    const cell = (code: string) =>
      report.cells.find(
        (c: { focusAreaCode: string; conferenceId: string }) => c.focusAreaCode === code && c.conferenceId === conference.id,
      );
    expect(cell('green-transition')).toMatchObject({ evaluationWishes: 2, items: 0 });
    expect(cell('skills')).toMatchObject({ evaluationWishes: 1 });
    expect(cell('cooperation')).toMatchObject({ evaluationWishes: 0 });
    const energy = report.focusAreas.find((a: { code: string }) => a.code === 'green-transition');
    expect(energy.totals.evaluationWishes).toBe(2);
    const year = report.byYear.find((y: { focusAreaCode: string }) => y.focusAreaCode === 'green-transition');
    expect(year.evaluationWishes).toBe(2);
  });

  async function answerCount(conferenceId: string): Promise<number> {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM evaluation_answers WHERE conference_id = $1`, [conferenceId]);
    return n;
  }

  async function invitationsTo(conferenceId: string): Promise<Array<{ to: string; subject: string; text: string }>> {
    return t.dataSource.query(
      `SELECT o."to", o.subject, o.text FROM outbox_messages o JOIN registrations r ON o.subject_ref = 'registration:' || r.id
        WHERE r.conference_id = $1 AND (o.subject LIKE 'Utvärdering:%' OR o.subject LIKE 'Evaluation:%')`,
      [conferenceId],
    );
  }
});

describe('evaluation invitations: negative control, claim guard switched off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { evaluation: { unsafeSkipInvitationClaim: true } });
  });
  afterAll(() => t.close());

  it('the same concurrent runs mail people twice, so the test above can catch a broken claim', async () => {
    const committee = await t.login(DEMO.committee);
    const conference = await createConference(t, committee, { capacity: 5 });
    for (const n of ['a', 'b'])
      await t.http
        .post(`/api/conferences/${conference.id}/registrations`)
        .send(registrationBody(`unsafe-${n}`))
        .expect(201);
    await t.dataSource.query(
      `UPDATE conferences SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day' WHERE id = $1`,
      [conference.id],
    );
    const invitations = t.app.get(EvaluationInvitations);
    await overlapping(t, conference.id, () => invitations.inviteEnded());
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages o JOIN registrations r ON o.subject_ref = 'registration:' || r.id
        WHERE r.conference_id = $1 AND o.subject LIKE 'Utvärdering:%'`,
      [conference.id],
    );
    expect(n).toBe(6);
  });
});

/**
 * Three runs of `run` made to overlap whatever the machine's speed: the test holds the conference's
 * evaluation row, so each run reads it unclaimed and then waits to write it; then the test lets go.
 */
async function overlapping<T>(t: TestApp, conferenceId: string, run: () => Promise<T>): Promise<T[]> {
  await t.dataSource.query(`INSERT INTO conference_evaluations (conference_id) VALUES ($1) ON CONFLICT DO NOTHING`, [conferenceId]);
  const holder = t.dataSource.createQueryRunner();
  await holder.connect();
  try {
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM conference_evaluations WHERE conference_id = $1 FOR UPDATE`, [conferenceId]);
    const runs = Promise.all([run(), run(), run()]);
    for (let waiting = 0; waiting < 3; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO conference_evaluations%'`,
      );
    }
    await holder.commitTransaction();
    return await runs;
  } finally {
    await holder.release();
  }
}
