import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { CheckInCodes } from '@samverkan/registrations/api';
import { sendableAttachment, type OutboxAttachment } from '@samverkan/shared/api-mail';
import type { CheckInResponse, CheckInSearchResponse } from '@samverkan/attendance/contract';
import type { RegistrationResponse } from '@samverkan/registrations/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

// pngjs (qrcode's PNG writer) has no type declarations: the one function used here, typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PNG } = require('pngjs') as { PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } } };

/** The text the QR code of an outbox attachment holds, drawn as it is when the mail is sent. */
async function readQr(attachment: OutboxAttachment): Promise<string> {
  const png = PNG.sync.read((await sendableAttachment(attachment)).content as Buffer);
  const pixels = new Uint8ClampedArray(png.width * png.height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = png.data[i * 4];
  const source = new RGBLuminanceSource(pixels, png.width, png.height);
  // The attachment is the code alone, edge to edge: read as a pure barcode (zxing's camera-image finder
  // misses about one in fifteen of these synthetic images).
  const hints = new Map([[DecodeHintType.PURE_BARCODE, true]]);
  return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
}

describe('check-in at the door', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  let council: string;
  beforeAll(async () => {
    t = await createTestApp();
    [committee, admin, council] = await Promise.all([t.login(DEMO.committee), t.login(DEMO.admin), t.login(DEMO.council)]);
  });
  afterAll(() => t.close());

  const register = async (conferenceId: string, n: string, overrides = {}) =>
    (await t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n, overrides)).expect(201)).body as {
      id: string;
      manageToken: string;
      status: string;
    };
  const manage = async (token: string) => (await t.http.get(`/api/registrations/${token}`).expect(200)).body as RegistrationResponse;
  const scan = (conferenceId: string, code: string, bearer = committee) =>
    t.http.post(`/api/conferences/${conferenceId}/check-ins`).set('Authorization', bearer).send({ code });
  const summary = async (conferenceId: string) =>
    (await t.http.get(`/api/conferences/${conferenceId}/check-ins/summary`).set('Authorization', committee).expect(200)).body;

  it('checks a confirmed person in by the code of their manage answer; a second scan says when and by whom', async () => {
    const conference = await createConference(t, committee, { capacity: 5 });
    const anna = await register(conference.id, 'door1', {
      healthDataConsent: true,
      dietaryNeeds: 'Vegetarisk',
      accessibilityNeeds: 'Hörslinga',
    });
    const code = (await manage(anna.manageToken)).checkInCode as string;
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(code).not.toBe(anna.manageToken);

    const first = await scan(conference.id, code).expect(200);
    expect(first.body).toMatchObject({
      registrationId: anna.id,
      firstName: 'Persondoor1',
      lastName: 'Testsson',
      organisationName: 'Finspångs kommun',
      organisationType: 'municipality',
      alreadyCheckedIn: false,
      checkedInBy: 'Ulla Utskott',
      dietaryNeeds: 'Vegetarisk',
      accessibilityNeeds: 'Hörslinga',
    });
    expect(first.body.checkedInAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);

    const second = await scan(conference.id, ` ${code} `, admin).expect(200);
    expect(second.body).toMatchObject({ alreadyCheckedIn: true, checkedInBy: 'Ulla Utskott', checkedInAt: first.body.checkedInAt });

    const events = await t.dataSource.query(
      `SELECT e.kind, e.details, u.name FROM registration_events e JOIN users u ON u.id = e.actor_id WHERE e.registration_id = $1 AND e.kind = 'checked-in'`,
      [anna.id],
    );
    expect(events).toEqual([{ kind: 'checked-in', details: { checkedIn: true, via: 'code' }, name: 'Ulla Utskott' }]);
    expect(await summary(conference.id)).toEqual({ checkedIn: 1, confirmed: 1 });
  });

  it('shows needs only with the health-data consent', async () => {
    const conference = await createConference(t, committee);
    const bo = await register(conference.id, 'door2');
    await t.dataSource.query(`UPDATE registrations SET dietary_needs = 'Glutenfri' WHERE id = $1`, [bo.id]);
    const body = (await scan(conference.id, (await manage(bo.manageToken)).checkInCode as string).expect(200)).body as CheckInResponse;
    expect(body).toMatchObject({ dietaryNeeds: null, accessibilityNeeds: null });
  });

  it('answers 404 to an unknown code, a code of another conference, and the manage token; the code opens no manage link', async () => {
    const conference = await createConference(t, committee);
    const other = await createConference(t, committee);
    const cecilia = await register(conference.id, 'door3');
    const code = (await manage(cecilia.manageToken)).checkInCode as string;
    for (const wrong of ['A'.repeat(43), 'not a code', cecilia.manageToken]) {
      const res = await scan(conference.id, wrong).expect(404);
      expect(res.body.code).toBe('attendance.unknown-code');
    }
    expect((await scan(other.id, code).expect(404)).body.code).toBe('attendance.unknown-code');
    expect((await t.http.get(`/api/registrations/${code}`).expect(404)).body.code).toBe('registrations.not-found');
    await t.http.delete(`/api/registrations/${code}`).expect(404);
    expect((await manage(cecilia.manageToken)).status).toBe('confirmed');
    expect(await summary(conference.id)).toEqual({ checkedIn: 0, confirmed: 1 });
  });

  it('refuses waitlisted and cancelled people with 422 naming the status, and checks nobody in', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const seated = await register(conference.id, 'door4');
    const waiting = await register(conference.id, 'door5');
    expect(waiting.status).toBe('waitlisted');
    expect((await manage(waiting.manageToken)).checkInCode).toBeNull();
    const waitingCode = t.app.get(CheckInCodes).issue(waiting.id).code;
    const waitlisted = await scan(conference.id, waitingCode).expect(422);
    expect(waitlisted.body).toMatchObject({ code: 'attendance.waitlisted', params: { status: 'waitlisted' } });
    expect(waitlisted.body.message).toContain('reservlistan');

    const seatedCode = (await manage(seated.manageToken)).checkInCode as string;
    await t.http.delete(`/api/registrations/${seated.manageToken}`).expect(200);
    const cancelled = await scan(conference.id, seatedCode).expect(422);
    expect(cancelled.body).toMatchObject({ code: 'attendance.cancelled', params: { status: 'cancelled' } });
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM registrations WHERE conference_id = $1 AND checked_in_at IS NOT NULL`,
      [conference.id],
    );
    expect(rows[0].n).toBe(0);
    // The waitlisted person was promoted by the cancellation: their promotion mail carries their code as a QR code.
    const promoted = await manage(waiting.manageToken);
    expect(promoted.checkInCode).toBe(waitingCode);
    const [mail] = await t.dataSource.query(
      `SELECT text, attachments FROM outbox_messages WHERE "to" = 'persondoor5@kommun.se' AND subject LIKE 'Du har fått%'`,
    );
    expect(mail.text).toContain(`Din incheckningskod: ${waitingCode}`);
    const png = mail.attachments.find((a: { contentType: string }) => a.contentType === 'image/png');
    expect(await readQr(png)).toBe(waitingCode);
  });

  it('the confirmation mail carries the code in text and as a QR code that reads back to it', async () => {
    const conference = await createConference(t, committee);
    const dora = await register(conference.id, 'door6', { language: 'en' });
    const code = (await manage(dora.manageToken)).checkInCode as string;
    const [mail] = await t.dataSource.query(`SELECT text, attachments FROM outbox_messages WHERE "to" = 'persondoor6@kommun.se'`);
    expect(mail.text).toContain(`Your check-in code: ${code}`);
    expect(mail.attachments.map((a: { filename: string }) => a.filename)).toEqual(['conference.ics', 'check-in.png']);
    const png = mail.attachments[1];
    expect(png).toMatchObject({ contentType: 'image/png', encoding: 'qr' });
    expect(await readQr(png)).toBe(code);
  });

  it('gives one check-in to ten doors scanning the same code at the same moment', async () => {
    const conference = await createConference(t, committee);
    const erik = await register(conference.id, 'door7');
    const code = (await manage(erik.manageToken)).checkInCode as string;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => scan(conference.id, code, i % 2 ? admin : committee)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const bodies = answers.map((a) => a.body as CheckInResponse);
    expect(bodies.filter((b) => !b.alreadyCheckedIn)).toHaveLength(1);
    const winner = bodies.find((b) => !b.alreadyCheckedIn) as CheckInResponse;
    for (const b of bodies) expect(b).toMatchObject({ checkedInAt: winner.checkedInAt, checkedInBy: winner.checkedInBy });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM registration_events WHERE registration_id = $1 AND kind = 'checked-in'`,
      [erik.id],
    );
    expect(n).toBe(1);
  });

  it('finds people by name for the door, checks them in by registration, counts, and undoes', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const fia = await register(conference.id, 'door8', { firstName: 'Fia', lastName: 'Öberg', organisationName: 'Sandvikens kommun' });
    const gun = await register(conference.id, 'door9', { firstName: 'Gun', lastName: 'Öberg' });
    const hans = await register(conference.id, 'door10', { firstName: 'Hans', lastName: 'Öberg' });
    const ivar = await register(conference.id, 'door11', { firstName: 'Ivar', lastName: 'Öberg' });
    await t.http.delete(`/api/registrations/${ivar.manageToken}`).expect(200);
    const search = async (q: string) =>
      (await t.http.get(`/api/conferences/${conference.id}/check-ins/search`).query({ q }).set('Authorization', committee).expect(200))
        .body as CheckInSearchResponse;

    const all = await search('öberg');
    expect(all.items.map((i) => [i.firstName, i.status, i.checkedInAt])).toEqual([
      ['Fia', 'confirmed', null],
      ['Gun', 'waitlisted', null],
      ['Hans', 'waitlisted', null],
    ]);
    expect((await search('fia sandviken')).items.map((i) => i.registrationId)).toEqual([fia.id]);
    expect((await search('%_')).items).toEqual([]);
    await t.http.get(`/api/conferences/${conference.id}/check-ins/search`).query({ q: 'a' }).set('Authorization', committee).expect(400);

    const byName = await t.http.put(`/api/conferences/${conference.id}/check-ins/${fia.id}`).set('Authorization', committee).expect(200);
    expect(byName.body).toMatchObject({ registrationId: fia.id, alreadyCheckedIn: false, checkedInBy: 'Ulla Utskott' });
    expect(
      (await t.http.put(`/api/conferences/${conference.id}/check-ins/${fia.id}`).set('Authorization', admin).expect(200)).body
        .alreadyCheckedIn,
    ).toBe(true);
    expect(
      (await t.http.put(`/api/conferences/${conference.id}/check-ins/${gun.id}`).set('Authorization', committee).expect(422)).body.code,
    ).toBe('attendance.waitlisted');
    expect(
      (await t.http.put(`/api/conferences/${conference.id}/check-ins/${ivar.id}`).set('Authorization', committee).expect(422)).body.code,
    ).toBe('attendance.cancelled');
    const elsewhere = await createConference(t, committee);
    expect(
      (await t.http.put(`/api/conferences/${elsewhere.id}/check-ins/${fia.id}`).set('Authorization', committee).expect(404)).body.code,
    ).toBe('attendance.not-found');
    expect((await search('fia')).items[0].checkedInAt).toBe(byName.body.checkedInAt);
    expect(await summary(conference.id)).toEqual({ checkedIn: 1, confirmed: 1 });

    // Undo: the count drops, the history says who undid it, and a second undo changes nothing.
    expect(
      (await t.http.delete(`/api/conferences/${conference.id}/check-ins/${fia.id}`).set('Authorization', admin).expect(200)).body,
    ).toEqual({
      registrationId: fia.id,
      undone: true,
    });
    expect(await summary(conference.id)).toEqual({ checkedIn: 0, confirmed: 1 });
    expect(
      (await t.http.delete(`/api/conferences/${conference.id}/check-ins/${fia.id}`).set('Authorization', admin).expect(200)).body.undone,
    ).toBe(false);
    const history = await t.dataSource.query(
      `SELECT e.details->>'checkedIn' AS checked, u.name FROM registration_events e JOIN users u ON u.id = e.actor_id
        WHERE e.registration_id = $1 AND e.kind = 'checked-in' ORDER BY e.id`,
      [fia.id],
    );
    expect(history).toEqual([
      { checked: 'true', name: 'Ulla Utskott' },
      { checked: 'false', name: 'Ada Administratör' },
    ]);
    // The attendee list's check-in records who did it too.
    await t.http
      .patch(`/api/conferences/${conference.id}/registrations/${fia.id}/check-in`)
      .set('Authorization', admin)
      .send({ checkedIn: true })
      .expect(200);
    expect(
      (await t.http.put(`/api/conferences/${conference.id}/check-ins/${fia.id}`).set('Authorization', committee).expect(200)).body,
    ).toMatchObject({
      alreadyCheckedIn: true,
      checkedInBy: 'Ada Administratör',
    });
    await t.http.get(`/api/conferences/00000000-0000-4000-8000-000000000000/check-ins/summary`).set('Authorization', committee).expect(404);
  });

  it('is for staff with attendance.check-in only: 401 signed out, 403 for a council member, nothing changed', async () => {
    const conference = await createConference(t, committee);
    const jon = await register(conference.id, 'door12');
    const code = (await manage(jon.manageToken)).checkInCode as string;
    expect((await t.http.post(`/api/conferences/${conference.id}/check-ins`).send({ code }).expect(401)).body.code).toBe(
      'auth.unauthenticated',
    );
    expect((await scan(conference.id, code, council).expect(403)).body.code).toBe('auth.forbidden');
    await t.http.get(`/api/conferences/${conference.id}/check-ins/search?q=door`).set('Authorization', council).expect(403);
    await t.http.get(`/api/conferences/${conference.id}/check-ins/summary`).expect(401);
    await t.http.put(`/api/conferences/${conference.id}/check-ins/${jon.id}`).set('Authorization', council).expect(403);
    await t.http.delete(`/api/conferences/${conference.id}/check-ins/${jon.id}`).set('Authorization', council).expect(403);
    expect(await summary(conference.id)).toEqual({ checkedIn: 0, confirmed: 1 });
  });
});
