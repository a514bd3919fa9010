import ExcelJS from 'exceljs';
import { RetentionService } from '@samverkan/registrations/api';
import type { AttendeePage, RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

describe('registrations', () => {
  let t: TestApp;
  let committee: string;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  const register = (conferenceId: string, n: number | string, overrides = {}) =>
    t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(n, overrides));
  const outboxFor = async (email: string) =>
    (
      await t.http
        .get(`/api/outbox?to=${encodeURIComponent(email)}`)
        .set('Authorization', admin)
        .expect(200)
    ).body.items;

  it('confirms until full, then waitlists with positions, and mails each in their language', async () => {
    const conference = await createConference(t, committee, { capacity: 2 });
    const a = await register(conference.id, 'a1').expect(201);
    const b = await register(conference.id, 'a2', { language: 'en' }).expect(201);
    const c = await register(conference.id, 'a3').expect(201);
    const d = await register(conference.id, 'a4').expect(201);
    expect([a.body.status, b.body.status, c.body.status, d.body.status]).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect([a.body.waitlistPosition, c.body.waitlistPosition, d.body.waitlistPosition]).toEqual([null, 1, 2]);
    const created = a.body as RegistrationCreatedResponse;
    expect(created.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.calendarUrl).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/registrations\/[A-Za-z0-9_-]+\.ics$/);
    expect(created.calendarUrl).not.toContain(created.manageToken);
    expect([a, b, c, d].map((r) => r.body.confirmationMailed)).toEqual([true, true, true, true]);

    const [confirmMail] = await outboxFor('persona1@kommun.se');
    expect(confirmMail.subject).toBe('Bekräftelse: Testkonferensen');
    expect(confirmMail.text).toContain(created.manageUrl);
    expect(confirmMail.text).toMatch(/Så behandlar vi dina personuppgifter:\n\S+\/personuppgifter\n/);
    const [englishMail] = await outboxFor('persona2@kommun.se');
    expect(englishMail.subject).toBe('Confirmed: The test conference');
    const [waitMail] = await outboxFor('persona3@kommun.se');
    expect(waitMail.text).toContain('nummer 1');

    const seen = await t.http.get(`/api/registrations/${c.body.manageToken}`).expect(200);
    expect(seen.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, email: 'persona3@kommun.se' });
    const page = await t.http.get(`/api/conferences/${conference.id}`).expect(200);
    expect(page.body).toMatchObject({ confirmedCount: 2, seatsLeft: 0 });
  });

  it('refuses the same e-mail twice in one conference, in any case, writing nothing', async () => {
    const conference = await createConference(t, committee);
    await register(conference.id, 'dup').expect(201);
    const before = await rowCounts(t.dataSource);
    const again = await register(conference.id, 'dup', { email: 'PersonDup@Kommun.SE' }).expect(409);
    expect(again.body).toMatchObject({ code: 'registrations.duplicate', errors: { email: 'alreadyRegistered' } });
    expect(await rowCounts(t.dataSource)).toEqual(before);
  });

  it('answers 422 with a reason when registration is not open', async () => {
    const draft = await createConference(t, committee, {}, false);
    expect((await register(draft.id, 'x1').expect(422)).body).toMatchObject({
      code: 'conferences.registration-not-open',
      message: 'Konferensen är inte öppen för anmälan.',
      errors: { conference: 'registrationClosed' },
    });
    const opensAt = new Date(Date.now() + 86_400_000);
    const later = await createConference(t, committee, { registrationOpensAt: opensAt.toISOString() });
    const notYet = (await register(later.id, 'x2').expect(422)).body;
    expect(notYet.code).toBe('conferences.registration-opens-later');
    // The time is written as a Stockholm date and time, never as an ISO string.
    const stockholm = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(notYet.message).toBe(`Anmälan öppnar ${stockholm.format(opensAt)}. Välkommen tillbaka då.`);
    expect(notYet.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const english = (await register(later.id, 'x2').set('Accept-Language', 'en').expect(422)).body;
    expect(english.message).toMatch(/^Registration opens on \d{1,2} \w+ \d{4}/);
    const closed = await createConference(t, committee, {
      registrationOpensAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      registrationClosesAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect((await register(closed.id, 'x3').expect(422)).body).toMatchObject({
      code: 'conferences.registration-closed',
      message: 'Anmälan har stängt.',
    });
    const cancelled = await createConference(t, committee);
    await t.http.post(`/api/conferences/${cancelled.id}/status`).set('Authorization', committee).send({ status: 'cancelled' }).expect(200);
    expect((await register(cancelled.id, 'x4').expect(422)).body).toMatchObject({
      code: 'conferences.cancelled',
      message: 'Konferensen är inställd.',
    });
    expect((await register('00000000-0000-4000-8000-000000000000', 'x5').expect(404)).body.code).toBe('conferences.not-found');
    await register('not-a-uuid', 'x6').expect(404);
  });

  it('validates the form: consent required, known organisation, no unknown fields', async () => {
    const conference = await createConference(t, committee);
    const bad = await t.http
      .post(`/api/conferences/${conference.id}/registrations`)
      .send({ ...registrationBody('v'), consent: false, email: 'nope', organisationType: 'church', extra: 1 })
      .expect(400);
    expect(bad.body.errors).toEqual({ consent: 'equals', email: 'isEmail', organisationType: 'isIn', extra: 'unknown' });
    const unknown = await register(conference.id, 'v2', { organisationId: '00000000-0000-4000-8000-000000000000' }).expect(422);
    expect(unknown.body).toMatchObject({ code: 'registrations.unknown-organisation', errors: { organisationId: 'unknown' } });
  });

  it('cancelling a confirmed seat promotes the first on the waitlist at once and mails them', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const first = await register(conference.id, 'c1').expect(201);
    const second = await register(conference.id, 'c2').expect(201);
    const third = await register(conference.id, 'c3').expect(201);
    expect((await t.http.delete(`/api/registrations/${first.body.manageToken}`).expect(200)).body).toEqual({ status: 'cancelled' });
    expect((await t.http.get(`/api/registrations/${second.body.manageToken}`)).body).toMatchObject({
      status: 'confirmed',
      waitlistPosition: null,
    });
    expect((await t.http.get(`/api/registrations/${third.body.manageToken}`)).body).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    const promotion = (await outboxFor('personc2@kommun.se')).find(
      (m: { subject: string }) => m.subject === 'Du har fått en plats: Testkonferensen',
    );
    expect(promotion.text).toContain(`/anmalan/${second.body.manageToken}`);
    expect((await outboxFor('personc1@kommun.se')).map((m: { subject: string }) => m.subject)).toContain('Avbokning: Testkonferensen');
    // Cancelling twice is harmless; a waitlisted person can leave the list.
    await t.http.delete(`/api/registrations/${first.body.manageToken}`).expect(200);
    await t.http.delete(`/api/registrations/${third.body.manageToken}`).expect(200);
    expect((await t.http.get(`/api/conferences/${conference.id}`)).body.confirmedCount).toBe(1);
    // A cancelled e-mail may register again.
    expect((await register(conference.id, 'c1').expect(201)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('raising capacity promotes as many as fit, in order; lowering below confirmed is refused', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const tokens: string[] = [];
    for (let i = 0; i < 5; i++) tokens.push((await register(conference.id, `r${i}`).expect(201)).body.manageToken);
    await t.http.patch(`/api/conferences/${conference.id}`).set('Authorization', committee).send({ capacity: 3 }).expect(200);
    const statuses = await Promise.all(tokens.map(async (tok) => (await t.http.get(`/api/registrations/${tok}`)).body.status));
    expect(statuses).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    const low = await t.http.patch(`/api/conferences/${conference.id}`).set('Authorization', committee).send({ capacity: 2 }).expect(422);
    expect(low.body).toMatchObject({
      code: 'conferences.capacity-below-confirmed',
      message: 'Antalet platser kan inte bli färre än de bekräftade deltagarna. Ange minst 3.',
      errors: { capacity: 'belowConfirmed' },
    });
  });

  it('lets staff move someone on the waitlist only with a reason, and logs it', async () => {
    const conference = await createConference(t, committee, { capacity: 0 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await register(conference.id, `m${i}`).expect(201)).body.id);
    const url = `/api/conferences/${conference.id}/registrations/${ids[2]}/waitlist-position`;
    await t.http.post(url).set('Authorization', committee).send({ position: 1 }).expect(400);
    const beyond = await t.http.post(url).set('Authorization', committee).send({ position: 4, reason: 'Längst bak' }).expect(422);
    expect(beyond.body).toMatchObject({
      code: 'registrations.waitlist-position-out-of-range',
      message: 'Välj en plats från 1 till 3 på reservlistan.',
      errors: { position: 'outOfRange' },
    });
    const moved = await t.http.post(url).set('Authorization', committee).send({ position: 1, reason: 'Talare i panelen' }).expect(200);
    expect(moved.body.waitlistPosition).toBe(1);
    const list = await t.http
      .get(`/api/conferences/${conference.id}/registrations?status=waitlisted`)
      .set('Authorization', committee)
      .expect(200);
    expect((list.body as AttendeePage).items.map((a) => [a.email, a.waitlistPosition])).toEqual([
      ['personm2@kommun.se', 1],
      ['personm0@kommun.se', 2],
      ['personm1@kommun.se', 3],
    ]);
    const [event] = await t.dataSource.query(
      `SELECT kind, reason, details FROM registration_events WHERE registration_id = $1 AND kind = 'moved'`,
      [ids[2]],
    );
    expect(event).toEqual({ kind: 'moved', reason: 'Talare i panelen', details: { from: 3, to: 1 } });
  });

  it('gives staff a searchable, filterable list with counts, check-in and exports', async () => {
    const conference = await createConference(t, committee, { capacity: 3 });
    await register(conference.id, 'l1', { organisationType: 'business', organisationName: 'Siemens Energy AB' }).expect(201);
    await register(conference.id, 'l2', { organisationType: 'region', organisationName: 'Region Östergötland', lastName: 'Åberg' }).expect(
      201,
    );
    const l3 = await register(conference.id, 'l3').expect(201);
    await register(conference.id, 'l4').expect(201);
    await t.http.get(`/api/conferences/${conference.id}/registrations`).expect(401);
    const all = (await t.http.get(`/api/conferences/${conference.id}/registrations`).set('Authorization', committee).expect(200))
      .body as AttendeePage;
    expect(all.total).toBe(4);
    expect(all.counts.byStatus).toEqual({ confirmed: 3, waitlisted: 1, cancelled: 0 });
    expect(all.counts.byOrganisationType).toEqual({ municipality: 1, business: 1, region: 1, 'state-agency': 0, other: 0 });
    const search = (await t.http.get(`/api/conferences/${conference.id}/registrations?search=åberg`).set('Authorization', committee))
      .body as AttendeePage;
    expect(search.items.map((a) => a.lastName)).toEqual(['Åberg']);
    const page = (await t.http.get(`/api/conferences/${conference.id}/registrations?limit=2&offset=2`).set('Authorization', committee))
      .body as AttendeePage;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(4);

    const checked = await t.http
      .patch(`/api/conferences/${conference.id}/registrations/${l3.body.id}/check-in`)
      .set('Authorization', committee)
      .send({ checkedIn: true })
      .expect(200);
    expect(checked.body.checkedIn).toBe(true);
    const waitlisted = all.items.find((a) => a.status === 'waitlisted');
    const refusedCheckIn = await t.http
      .patch(`/api/conferences/${conference.id}/registrations/${waitlisted?.id}/check-in`)
      .set('Authorization', committee)
      .send({ checkedIn: true })
      .expect(422);
    expect(refusedCheckIn.body.code).toBe('registrations.check-in-not-confirmed');
    const notWaiting = await t.http
      .post(`/api/conferences/${conference.id}/registrations/${l3.body.id}/waitlist-position`)
      .set('Authorization', committee)
      .send({ position: 1, reason: 'Har redan plats' })
      .expect(404);
    expect(notWaiting.body.code).toBe('registrations.not-on-waitlist');

    const csv = await t.http.get(`/api/conferences/${conference.id}/registrations/export.csv`).set('Authorization', committee).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('Förnamn,Efternamn,E-post');
    expect(lines).toHaveLength(5);
    expect(csv.text).toContain('Region Östergötland');

    const xlsx = await t.http
      .get(`/api/conferences/${conference.id}/registrations/export.xlsx`)
      .set('Authorization', committee)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('Deltagare');
    expect(sheet?.rowCount).toBe(5);
    expect(sheet?.getRow(1).getCell(3).value).toBe('Förnamn');
  });

  it('lets the registrant change needs, download their data and erase it', async () => {
    const conference = await createConference(t, committee, { capacity: 1 });
    const me = await register(conference.id, 'g1', { healthDataConsent: true, dietaryNeeds: 'Vegetariskt' }).expect(201);
    const waiting = await register(conference.id, 'g2').expect(201);
    const token = me.body.manageToken;
    const changed = await t.http.patch(`/api/registrations/${token}`).send({ dietaryNeeds: 'Veganskt', language: 'en' }).expect(200);
    expect(changed.body).toMatchObject({ dietaryNeeds: 'Veganskt', language: 'en' });
    await t.http.patch(`/api/registrations/${token}`).send({ email: 'other@x.se' }).expect(400);
    const data = await t.http.get(`/api/registrations/${token}/export`).expect(200);
    expect(data.body.registration).toMatchObject({ email: 'persong1@kommun.se', healthDataConsent: true, dietaryNeeds: 'Veganskt' });
    expect(data.body.healthDataConsentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/);
    expect(data.body.history.map((h: { kind: string }) => h.kind)).toEqual(['created', 'updated']);
    expect(data.body.emails.length).toBeGreaterThan(0);

    await t.http.post(`/api/registrations/${token}/erase`).expect(204);
    await t.http.get(`/api/registrations/${token}`).expect(404);
    const [row] = await t.dataSource.query(
      `SELECT first_name, email, dietary_needs, health_data_consent_at, status, organisation_type FROM registrations WHERE id = $1`,
      [me.body.id],
    );
    expect(row).toEqual({
      first_name: '–',
      email: `anonymiserad+${me.body.id}@invalid`,
      dietary_needs: null,
      health_data_consent_at: null,
      status: 'cancelled',
      organisation_type: 'municipality',
    });
    expect(await outboxFor('persong1@kommun.se')).toEqual([]);
    // The freed seat went to the waitlist.
    expect((await t.http.get(`/api/registrations/${waiting.body.manageToken}`)).body.status).toBe('confirmed');
  });

  describe('needs are health data, kept only with consent', () => {
    const stored = async (id: string) =>
      (
        await t.dataSource.query(`SELECT dietary_needs, accessibility_needs, health_data_consent_at FROM registrations WHERE id = $1`, [id])
      )[0] as { dietary_needs: string | null; accessibility_needs: string | null; health_data_consent_at: Date | null };
    const patch = (token: string, body: object) => t.http.patch(`/api/registrations/${token}`).send(body);

    it('refuses needs sent without consent on a new registration, with a field error, writing nothing', async () => {
      const conference = await createConference(t, committee);
      const before = await rowCounts(t.dataSource);
      for (const consent of [{}, { healthDataConsent: false }]) {
        const res = await register(conference.id, 'h1', { ...consent, dietaryNeeds: 'Glutenfritt', accessibilityNeeds: 'Rullstol' }).expect(
          400,
        );
        expect(res.body).toMatchObject({
          code: 'registrations.health-data-without-consent',
          message: 'Kost och tillgänglighet sparas bara med ditt samtycke. Kryssa i samtycket eller töm fälten.',
          errors: { dietaryNeeds: 'withoutConsent', accessibilityNeeds: 'withoutConsent' },
        });
      }
      const one = await register(conference.id, 'h1', { accessibilityNeeds: 'Hörslinga' }).expect(400);
      expect(one.body.errors).toEqual({ accessibilityNeeds: 'withoutConsent' });
      expect(await rowCounts(t.dataSource)).toEqual(before);
    });

    it('stores needs with consent and the time it was given; without consent and needs, none', async () => {
      const conference = await createConference(t, committee);
      const startedAt = Date.now();
      const given = await register(conference.id, 'h2', { healthDataConsent: true, dietaryNeeds: 'Vegetariskt' }).expect(201);
      const row = await stored(given.body.id);
      expect(row).toMatchObject({ dietary_needs: 'Vegetariskt', accessibility_needs: null });
      expect(row.health_data_consent_at?.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
      expect((await t.http.get(`/api/registrations/${given.body.manageToken}`).expect(200)).body).toMatchObject({
        healthDataConsent: true,
        dietaryNeeds: 'Vegetariskt',
      });

      const without = await register(conference.id, 'h3', { dietaryNeeds: null, accessibilityNeeds: null }).expect(201);
      expect(await stored(without.body.id)).toEqual({ dietary_needs: null, accessibility_needs: null, health_data_consent_at: null });
      expect((await t.http.get(`/api/registrations/${without.body.manageToken}`).expect(200)).body.healthDataConsent).toBe(false);
    });

    it('changes needs only while consent holds, and keeps the time of the first consent', async () => {
      const conference = await createConference(t, committee);
      const created = await register(conference.id, 'h4').expect(201);
      const token = created.body.manageToken;
      const refused = await patch(token, { dietaryNeeds: 'Nötfritt' }).expect(400);
      expect(refused.body).toMatchObject({ code: 'registrations.health-data-without-consent', errors: { dietaryNeeds: 'withoutConsent' } });
      expect(await stored(created.body.id)).toEqual({ dietary_needs: null, accessibility_needs: null, health_data_consent_at: null });

      const consented = await patch(token, { healthDataConsent: true, dietaryNeeds: 'Nötfritt' }).expect(200);
      expect(consented.body).toMatchObject({ healthDataConsent: true, dietaryNeeds: 'Nötfritt' });
      const firstConsent = (await stored(created.body.id)).health_data_consent_at;
      expect(firstConsent).toBeInstanceOf(Date);
      // Given before: a later change of needs rests on it, and giving it again keeps its time.
      await patch(token, { accessibilityNeeds: 'Teckenspråkstolk' }).expect(200);
      await patch(token, { healthDataConsent: true, dietaryNeeds: 'Nötfritt, laktosfritt' }).expect(200);
      expect(await stored(created.body.id)).toEqual({
        dietary_needs: 'Nötfritt, laktosfritt',
        accessibility_needs: 'Teckenspråkstolk',
        health_data_consent_at: firstConsent,
      });
    });

    it('withdrawing consent empties both needs in the same change; needs sent with the withdrawal are refused', async () => {
      const conference = await createConference(t, committee);
      const created = await register(conference.id, 'h5', {
        healthDataConsent: true,
        dietaryNeeds: 'Vegetariskt',
        accessibilityNeeds: 'Rullstol',
      }).expect(201);
      const token = created.body.manageToken;
      const contradiction = await patch(token, { healthDataConsent: false, dietaryNeeds: 'Veganskt' }).expect(400);
      expect(contradiction.body.errors).toEqual({ dietaryNeeds: 'withoutConsent' });
      expect(await stored(created.body.id)).toMatchObject({ dietary_needs: 'Vegetariskt', accessibility_needs: 'Rullstol' });

      const withdrawn = await patch(token, { healthDataConsent: false, language: 'en' }).expect(200);
      expect(withdrawn.body).toMatchObject({ healthDataConsent: false, dietaryNeeds: null, accessibilityNeeds: null, language: 'en' });
      expect(await stored(created.body.id)).toEqual({ dietary_needs: null, accessibility_needs: null, health_data_consent_at: null });
      await patch(token, { accessibilityNeeds: 'Rullstol' }).expect(400);
    });

    it('refuses changes to a cancelled registration', async () => {
      const conference = await createConference(t, committee);
      const created = await register(conference.id, 'h6').expect(201);
      await t.http.delete(`/api/registrations/${created.body.manageToken}`).expect(200);
      const res = await patch(created.body.manageToken, { title: 'Utvecklingsstrateg' }).expect(422);
      expect(res.body.code).toBe('registrations.cancelled');
    });
  });

  it('refuses malformed and unknown manage tokens with 404', async () => {
    expect((await t.http.get('/api/registrations/short').expect(404)).body.code).toBe('registrations.not-found');
    await t.http.get(`/api/registrations/${'A'.repeat(43)}`).expect(404);
    await t.http.delete(`/api/registrations/${'B'.repeat(43)}`).expect(404);
  });

  it('anonymises personal data after the retention period, one process at a time', async () => {
    const conference = await createConference(t, committee);
    const reg = await register(conference.id, 'old').expect(201);
    await t.dataSource.query(
      `UPDATE conferences SET starts_at = now() - interval '200 days', ends_at = now() - interval '199 days' WHERE id = $1`,
      [conference.id],
    );
    const retention = t.app.get(RetentionService);

    // While another process holds the job's lock, this one does nothing.
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    await runner.query('SELECT pg_advisory_xact_lock(7310001)');
    expect(await retention.run()).toBeNull();
    await runner.rollbackTransaction();
    await runner.release();

    expect(await retention.run()).toBeGreaterThanOrEqual(1);
    const [row] = await t.dataSource.query(
      `SELECT first_name, anonymised_at IS NOT NULL AS done, status FROM registrations WHERE id = $1`,
      [reg.body.id],
    );
    expect(row).toEqual({ first_name: '–', done: true, status: 'confirmed' });
    expect(await retention.run()).toBe(0);
  });
});
