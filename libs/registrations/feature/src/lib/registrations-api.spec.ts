import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { EMPTY_ATTENDEE_FILTER } from './attendees/attendee-query';
import { RegistrationsApi } from './registrations-api';
import { aRegistration, anAttendee, registrationsTestProviders } from '../testing/fixtures';

describe('RegistrationsApi', () => {
  let api: RegistrationsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: registrationsTestProviders() });
    api = TestBed.inject(RegistrationsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('registers at the conference and returns the manage token', async () => {
    const body = {
      firstName: 'Anna',
      lastName: 'Andersson',
      email: 'anna@finspang.se',
      organisationName: 'Finspångs kommun',
      organisationType: 'municipality' as const,
      consent: true as const,
    };
    const created = firstValueFrom(api.register('c-1', body));
    const request = http.expectOne('/api/conferences/c-1/registrations');
    expect([request.request.method, request.request.body]).toEqual(['POST', body]);
    request.flush({
      id: 'r-1',
      status: 'waitlisted',
      waitlistPosition: 2,
      manageToken: 't',
      manageUrl: 'u',
      calendarUrl: 'c',
      confirmationMailed: true,
    });
    expect(await created).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
  });

  it('reads, changes, cancels, exports and erases through the manage token (escaped in the path)', async () => {
    const token = 'abc/def';
    const cases: [() => Promise<unknown>, string, string, unknown, object | null][] = [
      [() => firstValueFrom(api.get(token)), 'GET', '/api/registrations/abc%2Fdef', null, aRegistration()],
      [
        () => firstValueFrom(api.update(token, { dietaryNeeds: null })),
        'PATCH',
        '/api/registrations/abc%2Fdef',
        { dietaryNeeds: null },
        aRegistration(),
      ],
      [() => firstValueFrom(api.cancel(token)), 'DELETE', '/api/registrations/abc%2Fdef', null, { status: 'cancelled' }],
      [() => firstValueFrom(api.exportData(token)), 'GET', '/api/registrations/abc%2Fdef/export', null, { registration: {} }],
      [() => firstValueFrom(api.erase(token), { defaultValue: undefined }), 'POST', '/api/registrations/abc%2Fdef/erase', null, null],
    ];
    for (const [call, method, url, body, answer] of cases) {
      const result = call();
      const request = http.expectOne(url);
      expect([request.request.method, request.request.body]).toEqual([method, body]);
      request.flush(answer);
      await result;
    }
  });

  it('reads the programme and signs up for, and leaves, sessions through the manage token', async () => {
    const cases: [() => Promise<unknown>, string, string, unknown, object][] = [
      [() => firstValueFrom(api.programme('c-1')), 'GET', '/api/conferences/c-1/programme', null, { items: [] }],
      [() => firstValueFrom(api.sessions('abc/def')), 'GET', '/api/registrations/abc%2Fdef/sessions', null, []],
      [
        () => firstValueFrom(api.signUpForSession('abc/def', 'i-1')),
        'POST',
        '/api/registrations/abc%2Fdef/sessions',
        { agendaItemId: 'i-1' },
        [],
      ],
      [() => firstValueFrom(api.leaveSession('abc/def', 'i/1')), 'DELETE', '/api/registrations/abc%2Fdef/sessions/i%2F1', null, []],
    ];
    for (const [call, method, url, body, answer] of cases) {
      const result = call();
      const request = http.expectOne(url);
      expect([request.request.method, request.request.body]).toEqual([method, body]);
      request.flush(answer);
      expect(await result).toEqual(answer);
    }
  });

  it('pages the attendee list with the query the filters make', async () => {
    const page = firstValueFrom(api.attendees('c-1', { ...EMPTY_ATTENDEE_FILTER, status: 'confirmed' }, { index: 1, size: 25 }));
    const request = http.expectOne((req) => req.url === '/api/conferences/c-1/registrations');
    expect(request.request.params.toString()).toBe('status=confirmed&limit=25&offset=25');
    request.flush({ items: [anAttendee()], total: 26, counts: { byStatus: {}, byOrganisationType: {} } });
    expect((await page).total).toBe(26);
  });

  it('checks in and moves on the waitlist at the staff routes', async () => {
    const checked = firstValueFrom(api.checkIn('c-1', 'r-1', true));
    const checkIn = http.expectOne('/api/conferences/c-1/registrations/r-1/check-in');
    expect([checkIn.request.method, checkIn.request.body]).toEqual(['PATCH', { checkedIn: true }]);
    checkIn.flush(anAttendee({ checkedIn: true }));
    expect((await checked).checkedIn).toBe(true);

    const moved = firstValueFrom(api.moveOnWaitlist('c-1', 'r-2', { position: 1, reason: 'Talare' }));
    const move = http.expectOne('/api/conferences/c-1/registrations/r-2/waitlist-position');
    expect([move.request.method, move.request.body]).toEqual(['POST', { position: 1, reason: 'Talare' }]);
    move.flush(anAttendee({ id: 'r-2', status: 'waitlisted', waitlistPosition: 1 }));
    expect((await moved).waitlistPosition).toBe(1);
  });

  it('fetches an export as a blob, keeping the headers for the file name', async () => {
    const file = firstValueFrom(api.exportAttendees('c-1', 'xlsx'));
    const request = http.expectOne('/api/conferences/c-1/registrations/export.xlsx');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']), { headers: { 'Content-Disposition': 'attachment; filename="deltagare-c-1.xlsx"' } });
    const response = await file;
    expect(response.headers.get('Content-Disposition')).toContain('deltagare-c-1.xlsx');
    expect(response.body).toBeInstanceOf(Blob);
  });

  it('reads the outbox, filtered by recipient when asked', async () => {
    const outbox = firstValueFrom(api.outbox({ to: ' anna@finspang.se ', limit: 100 }));
    const request = http.expectOne((req) => req.url === '/api/outbox');
    expect(request.request.params.toString()).toBe('to=anna@finspang.se&limit=100');
    request.flush({ items: [], total: 0 });
    expect(await outbox).toEqual({ items: [], total: 0 });
  });
});
