import { createHash } from 'node:crypto';
import type { RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tokenOf = (url: string) =>
  new URL(url).pathname
    .split('/')
    .at(-1)
    ?.replace(/\.ics$/, '') as string;

/** Every text value in every table the app writes, to look for a secret in. */
async function everyStoredText(t: TestApp): Promise<string> {
  const tables: { table_name: string }[] = await t.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const dumps = await Promise.all(tables.map(({ table_name }) => t.dataSource.query(`SELECT t::text AS row FROM "${table_name}" t`)));
  return dumps
    .flat()
    .map((r: { row: string }) => r.row)
    .join('\n');
}

describe('secret links at rest', () => {
  let t: TestApp;
  let committee: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
  });
  afterAll(() => t.close());

  it('stores neither the manage token nor the calendar token, only their hashes, and finds them by hash', async () => {
    const conference = await createConference(t, committee);
    const created = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('rest')).expect(201))
      .body as RegistrationCreatedResponse;
    const calendarToken = tokenOf(created.calendarUrl);
    const [row] = await t.dataSource.query(`SELECT manage_token_hash, calendar_token_hash FROM registrations WHERE id = $1`, [created.id]);
    expect(row).toEqual({ manage_token_hash: sha256(created.manageToken), calendar_token_hash: sha256(calendarToken) });

    // No table holds either token, except the demo outbox (no SMTP here), whose mails are still to be read.
    const stored = (await everyStoredText(t)).split('\n').filter((line) => !line.includes('Bekräftelse') && !line.includes('anmalan/'));
    expect(stored.join('\n')).not.toContain(created.manageToken);
    expect(stored.join('\n')).not.toContain(calendarToken);

    await t.http.get(`/api/registrations/${created.manageToken}`).expect(200);
    await t.http.get(`/api/calendar/registrations/${calendarToken}.ics`).expect(200);
    // The hash itself opens nothing.
    await t.http.get(`/api/registrations/${row.manage_token_hash}`).expect(404);
  });

  it('keeps the manage link the same in later mails (a promotion) and the calendar link the same until rotated', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const first = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('p1')).expect(201)).body;
    const second = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('p2')).expect(201)).body;
    await t.http.delete(`/api/registrations/${first.manageToken}`).expect(200);
    const [promotion] = await t.dataSource.query(
      `SELECT text FROM outbox_messages WHERE "to" = 'personp2@kommun.se' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(promotion.text).toContain(`/anmalan/${second.manageToken}`);
    expect((await t.http.get(`/api/registrations/${second.manageToken}`).expect(200)).body.calendarUrl).toBe(second.calendarUrl);

    const rotated = (await t.http.post(`/api/registrations/${second.manageToken}/calendar-token`).expect(200)).body.url as string;
    expect(rotated).not.toBe(second.calendarUrl);
    await t.http.get(`/api/calendar/registrations/${tokenOf(second.calendarUrl)}.ics`).expect(404);
    await t.http.get(`/api/calendar/registrations/${tokenOf(rotated)}.ics`).expect(200);
  });

  it('keeps links made before hashing working, and issues a new one when a mail needs it', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const holder = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('l1')).expect(201)).body;
    const waiting = (await t.http.post(`/api/conferences/${conference.id}/registrations`).send(registrationBody('l2')).expect(201)).body;
    // As the migration leaves a registration made with a random token: its hash, version 0.
    const oldToken = 'OldRandomManageTokenFromBeforeHashing012345';
    await t.dataSource.query(`UPDATE registrations SET manage_token_hash = $2, manage_token_version = 0 WHERE id = $1`, [
      waiting.id,
      sha256(oldToken),
    ]);
    await t.http.get(`/api/registrations/${oldToken}`).expect(200);
    await t.http.delete(`/api/registrations/${holder.manageToken}`).expect(200);
    const [promotion] = await t.dataSource.query(
      `SELECT text FROM outbox_messages WHERE "to" = 'personl2@kommun.se' ORDER BY created_at DESC LIMIT 1`,
    );
    const newToken = /\/anmalan\/([A-Za-z0-9_-]{43})/.exec(promotion.text)?.[1] as string;
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(oldToken);
    expect((await t.http.get(`/api/registrations/${newToken}`).expect(200)).body.status).toBe('confirmed');
  });

  it('stores a committee member’s meeting-feed token only as a hash; rotating ends the old link', async () => {
    const { url } = (await t.http.get('/api/calendar/me/meetings').set('Authorization', committee).expect(200)).body;
    const token = tokenOf(url);
    expect((await t.http.get('/api/calendar/me/meetings').set('Authorization', committee).expect(200)).body.url).toBe(url);
    expect(await everyStoredText(t)).not.toContain(token);
    const [row] = await t.dataSource.query(`SELECT token_hash FROM calendar_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`, [
      DEMO.committee,
    ]);
    expect(row.token_hash).toBe(sha256(token));
    await t.http.get(`/api/calendar/meetings/${token}.ics`).expect(200);
    const rotated = (await t.http.post('/api/calendar/me/meetings/rotate').set('Authorization', committee).expect(200)).body.url;
    await t.http.get(`/api/calendar/meetings/${token}.ics`).expect(404);
    await t.http.get(`/api/calendar/meetings/${tokenOf(rotated)}.ics`).expect(200);
  });
});
