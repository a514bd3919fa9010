import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { MailService } from '@samverkan/shared/api-mail';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that can be told to refuse mail for a while. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (state.refuse) return callback(new Error('451 try again later'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, state, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('e-mail through SMTP', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const waitFor = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    return check();
  };

  it('sends the confirmation after commit, with the manage link, in the registrant’s language', async () => {
    const committee = await t.login(DEMO.committee);
    const conference = await createConference(t, committee);
    const res = await t.http
      .post(`/api/conferences/${conference.id}/registrations`)
      .send(registrationBody('smtp1', { language: 'en' }))
      .expect(201);
    expect(await waitFor(() => smtp.received.some((m) => m.to.includes('personsmtp1@kommun.se')))).toBe(true);
    const mail = smtp.received.find((m) => m.to.includes('personsmtp1@kommun.se'));
    expect(mail?.raw).toContain('Subject: Confirmed: The test conference');
    expect(mail?.raw.replace(/=\r\n/g, '')).toContain(res.body.manageToken);
    // The sender marks the row after the SMTP server has taken the mail: wait for that too.
    const outboxRow = async () =>
      (await t.dataSource.query(`SELECT status, attempts FROM outbox_messages WHERE "to" = 'personsmtp1@kommun.se'`))[0];
    for (let i = 0; i < 100 && (await outboxRow()).status !== 'sent'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await outboxRow()).toEqual({ status: 'sent', attempts: 1 });
    // Once sent, the copy kept in the outbox has lost the secret part of its links.
    const [kept] = await t.dataSource.query(
      `SELECT subject, text, attachments::text FROM outbox_messages WHERE "to" = 'personsmtp1@kommun.se'`,
    );
    expect(JSON.stringify(kept)).not.toContain(res.body.manageToken);
    expect(kept.text).toContain('/anmalan/[borttaget]');
  });

  it('keeps the registration when the mail server refuses, and delivers on retry', async () => {
    const committee = await t.login(DEMO.committee);
    const conference = await createConference(t, committee);
    smtp.state.refuse = true;
    await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('smtp2')).expect(201);
    const mail = t.app.get(MailService);
    await mail.flush();
    const [pending] = await t.dataSource.query(
      `SELECT status, attempts, last_error FROM outbox_messages WHERE "to" = 'personsmtp2@kommun.se'`,
    );
    expect(pending.status).toBe('pending');
    expect(pending.attempts).toBeGreaterThanOrEqual(1);
    expect(pending.last_error).toMatch(/try again later/);

    smtp.state.refuse = false;
    await t.dataSource.query(`UPDATE outbox_messages SET next_attempt_at = now() WHERE "to" = 'personsmtp2@kommun.se'`);
    await mail.flush();
    expect(await waitFor(() => smtp.received.some((m) => m.to.includes('personsmtp2@kommun.se')))).toBe(true);
    const [sent] = await t.dataSource.query(`SELECT status FROM outbox_messages WHERE "to" = 'personsmtp2@kommun.se'`);
    expect(sent.status).toBe('sent');
    expect(smtp.received.filter((m) => m.to.includes('personsmtp2@kommun.se'))).toHaveLength(1);
  });
});
