import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import type { MessageSummary, MyMessage, ReminderResponse } from '@samverkan/messaging/contract';
import { ReminderSender } from '@samverkan/messaging/api';
import { Jobs } from '@samverkan/shared/api-jobs';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

const withJobs = { jobs: { enabled: true, pollingIntervalSeconds: 0.5 } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two API processes' worth of app on one database, both running the job workers. */
describe('reminders, sent once by the job queue', () => {
  let one: TestApp;
  let two: TestApp;
  let committee: string;
  beforeAll(async () => {
    one = await createTestApp({}, withJobs);
    two = await createTestApp({}, withJobs, { keepData: true });
    committee = await one.login(DEMO.committee);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  const reminderMails = async (conferenceTitle = 'Testkonferensen'): Promise<{ to: string; subject: string; text: string }[]> =>
    one.dataSource.query(`SELECT "to", subject, text FROM outbox_messages WHERE subject IN ($1, $2) ORDER BY "to"`, [
      `Påminnelse: ${conferenceTitle}`,
      'Reminder: The test conference',
    ]);

  async function scene(n: string) {
    const conference = await createConference(one, committee, {
      capacity: 3,
      startsAt: '2031-05-12T09:00:00+02:00',
      endsAt: '2031-05-13T16:00:00+02:00',
    });
    const item = (
      await one.http
        .post(`/api/conferences/${conference.id}/agenda/items`)
        .set('Authorization', committee)
        .send({
          titleSv: 'Verkstad',
          titleEn: 'Workshop',
          type: 'workshop',
          startsAt: '2031-05-12T10:00:00+02:00',
          endsAt: '2031-05-12T11:30:00+02:00',
          signupRequired: true,
          signupCapacity: 10,
        })
        .expect(201)
    ).body as AgendaItemResponse;
    await one.http.post(`/api/conferences/${conference.id}/agenda/publish`).set('Authorization', committee).send({}).expect(200);
    const tokens: string[] = [];
    for (const [i, language] of (['sv', 'en', 'sv', 'sv'] as const).entries()) {
      const res = await one.http
        .post(`/api/conferences/${conference.id}/registrations`)
        .send(registrationBody(`${n}${i}`, { language }))
        .expect(201);
      tokens.push(res.body.manageToken);
    }
    await one.http.post(`/api/registrations/${tokens[0]}/sessions`).send({ agendaItemId: item.id }).expect(201);
    return { conference, tokens };
  }

  it('a due reminder gives exactly one e-mail per confirmed participant with two instances working, and a restart sends nothing again', async () => {
    const { conference, tokens } = await scene('rem');
    const soon = new Date(Date.now() + 1500).toISOString();
    const put = await one.http
      .put(`/api/conferences/${conference.id}/reminders`)
      .set('Authorization', committee)
      .send({
        reminders: [
          { daysBefore: 7, textSv: 'En vecka kvar.' },
          { sendAt: soon, textSv: 'Ta med legitimation, {förnamn}.', textEn: 'Bring your ID, {firstName}.' },
        ],
      })
      .expect(200);
    const reminders = put.body as ReminderResponse[];
    expect(reminders).toHaveLength(2);
    const weekBefore = reminders.find((r) => r.daysBefore === 7);
    expect(weekBefore?.dueAt).toBe('2031-05-05T09:00:00+02:00');
    const due = reminders.find((r) => r.daysBefore === null) as ReminderResponse;

    for (let i = 0; i < 60 && (await reminderMails()).length === 0; i++) await sleep(250);
    // Time for a second worker, a second job or the sweep to send it again, if anything could.
    await sleep(2500);
    const mails = await reminderMails();
    expect(mails.map((m) => m.to)).toEqual(['personrem0@kommun.se', 'personrem1@kommun.se', 'personrem2@kommun.se']);
    const sv = mails[0];
    expect(sv.text).toContain('Ta med legitimation, Personrem0.');
    expect(sv.text).toContain('måndag 12 maj 2031 10:00–11:30 Verkstad');
    expect(sv.text).toMatch(/\/api\/calendar\/registrations\/[A-Za-z0-9_-]{43}\.ics/);
    expect(sv.text).toContain(`/anmalan/${tokens[0]}`);
    const en = mails[1];
    expect(en.subject).toBe('Reminder: The test conference');
    expect(en.text).toContain('Bring your ID, Personrem1.');
    expect(en.text).toContain('You have not signed up for any programme items.');

    // A duplicate delivery (a second job, the sweep on either instance) finds nothing to send.
    await two.app.get(Jobs).send('messaging.reminder', { reminderId: due.id }, { singletonKey: `again-${due.id}` });
    expect(await one.app.get(ReminderSender).sendDue()).toBe(0);
    expect(await two.app.get(ReminderSender).send(due.id)).toBe(false);
    // A restart of one instance: its workers start again on the same queue.
    await one.close();
    one = await createTestApp({}, withJobs, { keepData: true });
    await sleep(2500);
    expect(await reminderMails()).toHaveLength(3);

    const after = (await one.http.get(`/api/conferences/${conference.id}/reminders`).set('Authorization', committee).expect(200))
      .body as ReminderResponse[];
    const sent = after.find((r) => r.id === due.id) as ReminderResponse;
    expect(sent.sentAt).not.toBeNull();
    expect(after.find((r) => r.daysBefore === 7)?.sentAt).toBeNull();
    const list = (await one.http.get(`/api/conferences/${conference.id}/messages`).set('Authorization', committee).expect(200))
      .body as MessageSummary[];
    expect(list).toEqual([
      expect.objectContaining({ id: sent.messageId, kind: 'reminder', recipients: 3, mailed: 3, filter: { status: 'confirmed' } }),
    ]);
    const mine = (await one.http.get(`/api/registrations/${tokens[1]}/messages`).expect(200)).body as MyMessage[];
    expect(mine).toEqual([
      expect.objectContaining({ kind: 'reminder', subject: 'Reminder: The test conference', body: 'Bring your ID, Personrem1.' }),
    ]);
    // Replacing the reminders keeps the sent one as history.
    const replaced = (
      await one.http.put(`/api/conferences/${conference.id}/reminders`).set('Authorization', committee).send({ reminders: [] }).expect(200)
    ).body as ReminderResponse[];
    expect(replaced.map((r) => r.id)).toEqual([due.id]);
  });

  it('two processes sending one reminder at the same moment send it once; without the sent_at guard it would go twice', async () => {
    const { conference } = await scene('race');
    await one.http
      .put(`/api/conferences/${conference.id}/reminders`)
      .set('Authorization', committee)
      .send({ reminders: [{ sendAt: new Date(Date.now() + 3_600_000).toISOString(), textSv: 'Snart dags.' }] })
      .expect(200);
    // TypeORM answers an UPDATE with [rows, count].
    const [[{ id }]] = await one.dataSource.query(
      `UPDATE conference_reminders SET send_at = now() - interval '1 minute' WHERE conference_id = $1 RETURNING id`,
      [conference.id],
    );
    const results = await Promise.all([one.app.get(ReminderSender).send(id), two.app.get(ReminderSender).send(id)]);
    // At most one of them (the minutely sweep may have taken it first); the recipients show it went once.
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
    const count = async () =>
      (
        await one.dataSource.query(
          `SELECT count(*)::int AS n FROM message_recipients mr JOIN messages m ON m.id = mr.message_id WHERE m.conference_id = $1`,
          [conference.id],
        )
      )[0].n;
    expect(await count()).toBe(3);
    // Negative control: with the guard's condition cleared, the same call sends again, so the count above would show a double send.
    await one.dataSource.query(`UPDATE conference_reminders SET sent_at = NULL WHERE id = $1`, [id]);
    expect(await two.app.get(ReminderSender).send(id)).toBe(true);
    expect(await count()).toBe(6);
  });

  it('the queue keeps the schedules of the reminder sweep and the evaluation invitations, in Stockholm time', async () => {
    const rows = await one.dataSource.query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: 'evaluation.invitations', cron: '*/15 * * * *', timezone: 'Europe/Stockholm' },
        { name: 'messaging.reminders-due', cron: '* * * * *', timezone: 'Europe/Stockholm' },
      ]),
    );
  });

  it('reminders need messages.send, a time given one way, and known merge fields', async () => {
    const { conference } = await scene('rules');
    const council = await one.login(DEMO.council);
    await one.http.get(`/api/conferences/${conference.id}/reminders`).set('Authorization', council).expect(403);
    await one.http.put(`/api/conferences/${conference.id}/reminders`).send({ reminders: [] }).expect(401);
    const both = await one.http
      .put(`/api/conferences/${conference.id}/reminders`)
      .set('Authorization', committee)
      .send({ reminders: [{ daysBefore: 1, sendAt: new Date().toISOString(), textSv: 'x' }] })
      .expect(400);
    expect(both.body.code).toBe('messaging.reminder-time');
    const unknown = await one.http
      .put(`/api/conferences/${conference.id}/reminders`)
      .set('Authorization', committee)
      .send({ reminders: [{ daysBefore: 1, textSv: 'Hej {namn}' }] })
      .expect(400);
    expect(unknown.body.params).toEqual({ field: 'namn' });
    expect(await one.dataSource.query(`SELECT id FROM conference_reminders WHERE conference_id = $1`, [conference.id])).toEqual([]);
  });
});
