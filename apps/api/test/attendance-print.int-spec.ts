import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import type { AttendeeDirectoryResponse } from '@samverkan/attendance/contract';
import type { RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { RetentionService } from '@samverkan/registrations/api';
import { createConference, registrationBody } from './support/factories';
import { pdfText } from './support/pdf-text';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

const squeeze = (text: string) => text.replace(/\s+/g, '');

// Exactly 60 characters, with å ä ö é, longer than a badge line at any allowed size.
const LONG_LAST_NAME = 'Åkerlund-Väänänen Östergren-Sjöberg af Ekström von Ählströms';
const LONG_ORGANISATION = 'Kommunalförbundet för räddningstjänst och miljö- och hälsoskydd i Östra Götaland och Bergslagen';

describe('attendance printouts, certificate and directory', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let conferenceId: string;
  let item: AgendaItemResponse;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const register = async (key: string, body: Parameters<typeof registrationBody>[1], status: 'confirmed' | 'waitlisted') => {
    const res = await t.http.post(`/api/conferences/${conferenceId}/registrations`).send(registrationBody(key, body)).expect(201);
    const created = res.body as RegistrationCreatedResponse;
    expect(created.status).toBe(status);
    tokens[key] = created.manageToken;
    ids[key] = created.id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    const conference = await createConference(t, committee, {
      titleSv: 'Industrikommunernas vårkonferens',
      titleEn: 'Spring conference of the industrial municipalities',
      capacity: 4,
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-04-15T16:00:00+02:00',
    });
    conferenceId = conference.id;
    const room = (
      await t.http
        .post(`/api/conferences/${conferenceId}/rooms`)
        .set('Authorization', committee)
        .send({ name: 'Sal A', capacity: 50 })
        .expect(201)
    ).body;
    item = (
      await t.http
        .post(`/api/conferences/${conferenceId}/agenda/items`)
        .set('Authorization', committee)
        .send({
          titleSv: 'Elnätet i industrikommunerna',
          titleEn: 'The power grid in industrial municipalities',
          type: 'workshop',
          startsAt: '2031-04-14T10:00:00+02:00',
          endsAt: '2031-04-14T11:30:00+02:00',
          roomId: room.id,
          signupRequired: true,
          signupCapacity: 20,
        })
        .expect(201)
    ).body;
    await t.http.post(`/api/conferences/${conferenceId}/agenda/publish`).set('Authorization', committee).send({}).expect(200);

    // Cecilia registers and cancels (her seat is free again); four confirmed; Wilma on the waiting list.
    await register('cecilia', { firstName: 'Cecilia', lastName: 'Avbokadsson', showOnAttendeeList: true }, 'confirmed');
    await t.http.delete(`/api/registrations/${tokens['cecilia']}`).expect(200);
    await register('asa', { firstName: 'Åsa', lastName: 'Öhrn', organisationName: 'Västerås stad', showOnAttendeeList: true }, 'confirmed');
    await register(
      'rene',
      {
        firstName: 'René',
        lastName: 'Éclair',
        organisationName: 'Säffle kommun',
        organisationType: 'municipality',
        language: 'en',
        showOnAttendeeList: true,
      },
      'confirmed',
    );
    await register(
      'long',
      {
        firstName: 'Anna-Karin',
        lastName: LONG_LAST_NAME,
        organisationName: LONG_ORGANISATION,
        organisationType: 'other',
        showOnAttendeeList: true,
      },
      'confirmed',
    );
    await register(
      'bengt',
      { firstName: 'Bengt', lastName: 'Berg', organisationName: 'Västerås stad', showOnAttendeeList: false },
      'confirmed',
    );
    await register('wilma', { firstName: 'Wilma', lastName: 'Väntesson', showOnAttendeeList: true }, 'waitlisted');
    expect(LONG_LAST_NAME).toHaveLength(60);
  });
  afterAll(() => t?.close());

  describe('name badges', () => {
    it('holds every confirmed person, by last name, with name and organisation complete; not the waitlisted or cancelled', async () => {
      const { text, headers } = await pdfText(t.http.get(`/api/conferences/${conferenceId}/badges.pdf`).set('Authorization', committee));
      expect(headers['content-disposition']).toBe('attachment; filename="namnbrickor-industrikommunernas-varkonferens-2031-04-14.pdf"');
      expect(headers['cache-control']).toBe('no-store');
      const flat = squeeze(text);
      for (const part of ['Åsa', 'Öhrn', 'Västeråsstad', 'René', 'Éclair', 'Säfflekommun', 'Bengt', 'Berg', 'Anna-Karin'])
        expect(flat).toContain(part);
      // The 60-character name and the long organisation are wrapped over lines, every character kept.
      expect(flat).toContain(squeeze(LONG_LAST_NAME));
      expect(flat).toContain(squeeze(LONG_ORGANISATION));
      expect(text).not.toContain(LONG_LAST_NAME);
      expect(flat).not.toContain('Wilma');
      expect(flat).not.toContain('Cecilia');
      // Swedish order by last name: Berg, Éclair, Åkerlund…, Öhrn.
      const at = (s: string) => flat.indexOf(s);
      expect(at('Berg')).toBeLessThan(at('Éclair'));
      expect(at('Éclair')).toBeLessThan(at('Åkerlund'));
      expect(at('Åkerlund')).toBeLessThan(at('Öhrn'));
      // Every badge's QR code is a check-in code whose hash is stored (written with the registration).
      const stored = await t.dataSource.query(`SELECT id FROM registrations WHERE conference_id = $1 AND check_in_code_hash IS NOT NULL`, [
        conferenceId,
      ]);
      expect(stored.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([ids['asa'], ids['rene'], ids['long'], ids['bengt']]));
    });

    it('is for staff with registrations.manage only, and 404 for an unknown conference', async () => {
      expect((await t.http.get(`/api/conferences/${conferenceId}/badges.pdf`).set('Authorization', council)).status).toBe(403);
      expect((await t.http.get(`/api/conferences/${conferenceId}/badges.pdf`)).status).toBe(401);
      const unknown = await t.http.get(`/api/conferences/00000000-0000-4000-8000-000000000000/badges.pdf`).set('Authorization', committee);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('conferences.not-found');
    });
  });

  describe('printed attendee list', () => {
    it('groups the confirmed people by organisation, with the conference, its Stockholm dates and page numbers', async () => {
      const { text, headers } = await pdfText(t.http.get(`/api/conferences/${conferenceId}/attendees.pdf`).set('Authorization', committee));
      expect(headers['content-disposition']).toContain('deltagarlista-industrikommunernas-varkonferens-2031-04-14.pdf');
      expect(text).toContain('Deltagarlista – Industrikommunernas vårkonferens');
      expect(text).toContain('14 april 2031 – 15 april 2031');
      expect(text).toContain('Sida 1 av 1');
      const flat = squeeze(text);
      const at = (s: string) => flat.indexOf(squeeze(s));
      // Organisations in Swedish order, each heading followed by its people by name.
      expect(at('Säffle kommun (1)')).toBeGreaterThan(at(LONG_ORGANISATION));
      expect(at('Éclair, René')).toBeGreaterThan(at('Säffle kommun (1)'));
      expect(at('Västerås stad (2)')).toBeGreaterThan(at('Éclair, René'));
      expect(at('Berg, Bengt')).toBeGreaterThan(at('Västerås stad (2)'));
      expect(at('Öhrn, Åsa')).toBeGreaterThan(at('Berg, Bengt'));
      expect(flat).not.toContain('Wilma');
      expect(flat).not.toContain('Cecilia');
      expect((await t.http.get(`/api/conferences/${conferenceId}/attendees.pdf`).set('Authorization', council)).status).toBe(403);
    });
  });

  describe('certificate of attendance', () => {
    it('is refused until the person is checked in, and for the waiting list, the cancelled and unknown links', async () => {
      const notYet = await t.http.get(`/api/registrations/${tokens['asa']}/certificate.pdf`).expect(422);
      expect(notYet.body.code).toBe('attendance.certificate-not-checked-in');
      expect(notYet.body.message).toContain('incheckad');
      expect((await t.http.get(`/api/registrations/${tokens['wilma']}/certificate.pdf`).expect(422)).body.code).toBe(
        'attendance.certificate-not-confirmed',
      );
      expect((await t.http.get(`/api/registrations/${tokens['cecilia']}/certificate.pdf`).expect(422)).body.code).toBe(
        'attendance.certificate-cancelled',
      );
      expect((await t.http.get(`/api/registrations/${'x'.repeat(43)}/certificate.pdf`).expect(404)).body.code).toBe(
        'registrations.not-found',
      );
      await t.http.get(`/api/registrations/not-a-token/certificate.pdf`).expect(404);
    });

    it('lists the conference, its dates and the programme items attended, as published, in Swedish', async () => {
      await t.http.post(`/api/registrations/${tokens['asa']}/sessions`).send({ agendaItemId: item.id }).expect(201);
      await t.http
        .patch(`/api/conferences/${conferenceId}/registrations/${ids['asa']}/check-in`)
        .set('Authorization', committee)
        .send({ checkedIn: true })
        .expect(200);
      // A draft change not yet published does not reach the certificate.
      await t.http
        .patch(`/api/agenda-items/${item.id}`)
        .set('Authorization', committee)
        .send({ titleSv: 'Opublicerad titel', version: item.version })
        .expect(200);
      const { text, headers } = await pdfText(t.http.get(`/api/registrations/${tokens['asa']}/certificate.pdf`));
      expect(headers['content-disposition']).toBe('attachment; filename="intyg-industrikommunernas-varkonferens-2031-04-14.pdf"');
      for (const part of [
        'Intyg om deltagande',
        'Åsa Öhrn',
        'Västerås stad',
        'har deltagit i konferensen',
        'Industrikommunernas vårkonferens',
        '14 april 2031 – 15 april 2031',
        'Elnätet i industrikommunerna (14 april 2031 10:00–11:30)',
        'Svenska Industrikommuner',
      ])
        expect(text).toContain(part);
      expect(text).not.toContain('Opublicerad titel');
    });

    it('is written in English for an English registration', async () => {
      await t.http.post(`/api/registrations/${tokens['rene']}/sessions`).send({ agendaItemId: item.id }).expect(201);
      await t.http
        .patch(`/api/conferences/${conferenceId}/registrations/${ids['rene']}/check-in`)
        .set('Authorization', committee)
        .send({ checkedIn: true })
        .expect(200);
      const { text, headers } = await pdfText(t.http.get(`/api/registrations/${tokens['rene']}/certificate.pdf`));
      expect(headers['content-disposition']).toContain('certificate-spring-conference-of-the-industrial-municipalit');
      for (const part of [
        'Certificate of attendance',
        'René Éclair',
        'took part in the conference',
        'Spring conference of the industrial municipalities',
        '14 April 2031 – 15 April 2031',
        'Programme items attended',
        'The power grid in industrial municipalities (14 April 2031 10:00–11:30)',
      ])
        expect(squeeze(text)).toContain(squeeze(part));
    });
  });

  describe('attendee directory', () => {
    const directory = (key: string) => t.http.get(`/api/registrations/${tokens[key]}/attendees`);

    it('shows a consenting confirmed participant the other consenting confirmed participants, without e-mail', async () => {
      const res = await directory('asa').expect(200);
      const body = res.body as AttendeeDirectoryResponse;
      expect(res.headers['cache-control']).toBe('no-store');
      expect(body.conferenceId).toBe(conferenceId);
      expect(body.items).toEqual([
        { firstName: 'Anna-Karin', lastName: LONG_LAST_NAME, organisationName: LONG_ORGANISATION, organisationType: 'other' },
        { firstName: 'René', lastName: 'Éclair', organisationName: 'Säffle kommun', organisationType: 'municipality' },
      ]);
      expect(JSON.stringify(body)).not.toContain('@');
    });

    it('refuses those who are not shown themselves (403), the waiting list and the cancelled (422), unknown links (404)', async () => {
      expect((await directory('bengt').expect(403)).body.code).toBe('attendance.directory-not-shown');
      expect((await directory('wilma').expect(422)).body.code).toBe('attendance.directory-not-confirmed');
      expect((await directory('cecilia').expect(422)).body.code).toBe('attendance.directory-not-confirmed');
      expect((await t.http.get(`/api/registrations/${'y'.repeat(43)}/attendees`).expect(404)).body.code).toBe('registrations.not-found');
    });

    it('follows consent changes: withdrawing it hides the person and closes the directory to them', async () => {
      await t.http.patch(`/api/registrations/${tokens['long']}`).send({ showOnAttendeeList: false }).expect(200);
      expect(((await directory('asa').expect(200)).body as AttendeeDirectoryResponse).items.map((e) => e.firstName)).toEqual(['René']);
      await directory('long').expect(403);
      await t.http.patch(`/api/registrations/${tokens['long']}`).send({ showOnAttendeeList: true }).expect(200);
    });

    it('drops an erased person at once, and everyone once retention anonymises them', async () => {
      await t.http.post(`/api/registrations/${tokens['rene']}/erase`).expect(204);
      // René's seat went to Wilma (promoted from the waiting list), who is shown too.
      expect(((await directory('asa').expect(200)).body as AttendeeDirectoryResponse).items.map((e) => e.firstName)).toEqual([
        'Wilma',
        'Anna-Karin',
      ]);
      await directory('rene').expect(404);
      await t.http.get(`/api/registrations/${tokens['rene']}/certificate.pdf`).expect(404);
      const badges = await pdfText(t.http.get(`/api/conferences/${conferenceId}/badges.pdf`).set('Authorization', committee));
      expect(squeeze(badges.text)).not.toContain('René');

      // Retention: long after the conference every registration is anonymised; nobody is listed or printed.
      expect(await t.app.get(RetentionService).run(new Date('2040-01-01T00:00:00Z'))).toBeGreaterThan(0);
      await directory('asa').expect(404);
      await t.http.get(`/api/registrations/${tokens['asa']}/certificate.pdf`).expect(404);
      const after = await pdfText(t.http.get(`/api/conferences/${conferenceId}/badges.pdf`).set('Authorization', committee));
      for (const name of ['Åsa', 'Bengt', 'Anna-Karin', 'Wilma']) expect(after.text).not.toContain(name);
      expect(after.text).toContain('Inga bekräftade deltagare');
    });
  });
});
