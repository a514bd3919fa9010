import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ProgrammeItem, ProgrammeResponse, SignupCountsResponse } from '@samverkan/agenda/contract';
import type { MySessionResponse } from '@samverkan/registrations/contract';
import { CONFERENCE_ID, registrationsTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { MySessions } from './my-sessions';

const SESSIONS_URL = '/api/registrations/tok-1/sessions';
const PROGRAMME_URL = `/api/conferences/${CONFERENCE_ID}/programme`;
const COUNTS_URL = `/api/conferences/${CONFERENCE_ID}/programme/signups`;
const CALENDAR_URL = 'http://localhost/api/calendar/registrations/cal-1.ics';

function anItem(id: string, title: string, startsAt: string, endsAt: string, overrides: Partial<ProgrammeItem> = {}): ProgrammeItem {
  return {
    id,
    titleSv: title,
    titleEn: null,
    descriptionSv: null,
    descriptionEn: null,
    type: 'workshop',
    startsAt,
    endsAt,
    roomId: 'room-a',
    roomName: 'Sal A',
    themeId: null,
    speakers: [],
    focusAreaCodes: [],
    signupRequired: true,
    signupCapacity: 20,
    sequence: 0,
    ...overrides,
  };
}

const PROGRAMME: ProgrammeResponse = {
  conferenceId: CONFERENCE_ID,
  version: 2,
  publishedAt: '2027-03-01T10:00:00+01:00',
  rooms: [],
  items: [
    anItem('keynote', 'Inledning', '2027-04-14T09:00:00+02:00', '2027-04-14T10:00:00+02:00', {
      type: 'keynote',
      signupRequired: false,
      signupCapacity: null,
    }),
    anItem('visit', 'Studiebesök på bruket', '2027-04-15T09:00:00+02:00', '2027-04-15T11:00:00+02:00', {
      type: 'study-visit',
      roomName: null,
      signupCapacity: 12,
    }),
    anItem('ws-1', 'Workshop om kompetens', '2027-04-14T13:00:00+02:00', '2027-04-14T14:30:00+02:00'),
  ],
};

function chosen(overrides: Partial<MySessionResponse> = {}): MySessionResponse {
  return {
    agendaItemId: 'ws-1',
    titleSv: 'Workshop om kompetens',
    titleEn: null,
    startsAt: '2027-04-14T13:00:00+02:00',
    endsAt: '2027-04-14T14:30:00+02:00',
    roomName: 'Sal A',
    signupCapacity: 20,
    signupCount: 7,
    ...overrides,
  };
}

const VISIT: MySessionResponse = chosen({
  agendaItemId: 'visit',
  titleSv: 'Studiebesök på bruket',
  startsAt: '2027-04-15T09:00:00+02:00',
  endsAt: '2027-04-15T11:00:00+02:00',
  roomName: null,
  signupCapacity: 12,
  signupCount: 12,
});

describe('MySessions', () => {
  let fixture: ComponentFixture<MySessions>;
  let http: HttpTestingController;

  /** The live counts: none by default (the sessions then show what they showed before counts existed). */
  function answerCounts(counts: SignupCountsResponse | 'error' = {}): void {
    TestBed.tick(); // a reload asks in the next change detection
    const request = http.expectOne(COUNTS_URL);
    if (counts === 'error')
      request.flush({ statusCode: 503, message: 'Databasen svarar inte.' }, { status: 503, statusText: 'Unavailable' });
    else request.flush(counts);
  }

  async function render(
    mine: MySessionResponse[],
    programme: ProgrammeResponse | 'none' = PROGRAMME,
    counts: SignupCountsResponse | 'error' = {},
    calendarUrl: string | null = null,
  ): Promise<void> {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MySessions);
    fixture.componentRef.setInput('token', 'tok-1');
    fixture.componentRef.setInput('conferenceId', CONFERENCE_ID);
    fixture.componentRef.setInput('conferenceTitle', 'Vårkonferensen');
    fixture.componentRef.setInput('calendarUrl', calendarUrl);
    TestBed.tick();
    expect(text()).toContain('Hämtar ditt program…');
    expect(text()).toContain('Hämtar programpunkterna…');
    http.expectOne(SESSIONS_URL).flush(mine);
    const programmeRequest = http.expectOne(PROGRAMME_URL);
    if (programme === 'none')
      programmeRequest.flush({ statusCode: 404, message: 'Programmet är inte publicerat ännu.' }, { status: 404, statusText: 'Not Found' });
    else programmeRequest.flush(programme);
    answerCounts(counts);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (): string => element().textContent?.replace(/\s+/g, ' ') ?? '';
  const myProgramme = (): HTMLElement => element().querySelector('#mitt-program') as HTMLElement;
  const sessionCard = (title: string): HTMLElement | undefined =>
    Array.from(element().querySelectorAll<HTMLElement>('.sv-session')).find((li) => li.querySelector('h3')?.textContent?.trim() === title);
  const buttonIn = (card: HTMLElement | undefined): HTMLButtonElement | null => card?.querySelector('button') ?? null;
  const status = (): string => element().querySelector('.sv-signup-sessions p[role="status"]')?.textContent?.trim() ?? '';

  it('lists my chosen sessions by day with time, room and links, and the full programme link', async () => {
    await render([VISIT, chosen()]);
    const section = myProgramme();
    expect(section.querySelector('h2')?.textContent).toBe('Mitt program');
    expect(Array.from(section.querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual([
      'onsdag 14 april 2027',
      'torsdag 15 april 2027',
    ]);
    const rows = Array.from(section.querySelectorAll('li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['13:00–14:30Workshop om kompetens Lokal: Sal A', '09:00–11:00Studiebesök på bruket Lokal: meddelas senare']);
    expect(section.querySelector('a[href="/program/punkt/ws-1"]')?.textContent).toContain('Workshop om kompetens');
    expect(section.querySelector('a[href="/program/punkt/visit"]')).not.toBeNull();
    expect(section.querySelector(`a[href="/konferenser/${CONFERENCE_ID}/program"]`)?.textContent).toContain('Hela programmet');
  });

  it('offers the sessions that need sign-up, in time order, with places and my choices', async () => {
    await render([chosen()]);
    const titles = Array.from(element().querySelectorAll('.sv-session h3')).map((h) => h.textContent?.trim());
    expect(titles).toEqual(['Workshop om kompetens', 'Studiebesök på bruket']);
    const workshop = sessionCard('Workshop om kompetens');
    expect(workshop?.textContent).toContain('Workshop · onsdag 14 april 2027, 13:00–14:30');
    expect(workshop?.textContent).toContain('Du är anmäld');
    expect(workshop?.textContent).toContain('13 av 20 platser kvar');
    expect(buttonIn(workshop)?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Lämna programpunkten: Workshop om kompetens');
    const visit = sessionCard('Studiebesök på bruket');
    expect(visit?.textContent).toContain('Studiebesök ·');
    expect(visit?.textContent).toContain('12 platser');
    expect(buttonIn(visit)?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Anmäl mig: Studiebesök på bruket');
  });

  it('says so when nothing is chosen and no programme is published yet', async () => {
    await render([], 'none');
    expect(myProgramme().querySelector('.sv-empty')?.textContent).toContain('Du har inte valt några programpunkter ännu.');
    expect(text()).toContain('Det finns inga programpunkter med anmälan i programmet ännu.');
    expect(element().querySelector('.sv-session')).toBeNull();
  });

  it('signs up, shows the updated list and says so', async () => {
    await render([chosen()]);
    buttonIn(sessionCard('Studiebesök på bruket'))?.click();
    await fixture.whenStable();
    expect(buttonIn(sessionCard('Studiebesök på bruket'))?.textContent).toContain('Anmäler…');
    expect(buttonIn(sessionCard('Workshop om kompetens'))?.disabled).toBe(true);
    const request = http.expectOne(SESSIONS_URL);
    expect([request.request.method, request.request.body]).toEqual(['POST', { agendaItemId: 'visit' }]);
    request.flush([chosen(), { ...VISIT, signupCount: 3 }]);
    answerCounts(); // refreshed after every change
    await fixture.whenStable();
    expect(status()).toBe('Du är anmäld till Studiebesök på bruket.');
    expect(sessionCard('Studiebesök på bruket')?.textContent).toContain('9 av 12 platser kvar');
    expect(buttonIn(sessionCard('Studiebesök på bruket'))?.textContent).toContain('Lämna programpunkten');
    expect(myProgramme().querySelectorAll('li')).toHaveLength(2);
  });

  it('shows the overlap refusal at the session, in the words of the server', async () => {
    const parallel = anItem('ws-2', 'Parallell workshop', '2027-04-14T14:00:00+02:00', '2027-04-14T15:00:00+02:00');
    await render([chosen()], { ...PROGRAMME, items: [...PROGRAMME.items, parallel] });
    buttonIn(sessionCard('Parallell workshop'))?.click();
    await fixture.whenStable();
    http.expectOne(SESSIONS_URL).flush(
      {
        statusCode: 422,
        message: 'Passet krockar med ”Workshop om kompetens”, som du redan har valt.',
        errors: { agendaItemId: 'overlaps' },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const alert = sessionCard('Parallell workshop')?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Passet krockar med ”Workshop om kompetens”, som du redan har valt.');
    expect(sessionCard('Workshop om kompetens')?.querySelector('[role="alert"]')).toBeNull();
    expect(buttonIn(sessionCard('Parallell workshop'))?.disabled).toBe(false);
    expect(myProgramme().querySelectorAll('li')).toHaveLength(1);
  });

  it('marks a session full when the server says so', async () => {
    await render([]);
    buttonIn(sessionCard('Workshop om kompetens'))?.click();
    await fixture.whenStable();
    http
      .expectOne(SESSIONS_URL)
      .flush({ statusCode: 409, message: 'Passet är fullt.', errors: { agendaItemId: 'full' } }, { status: 409, statusText: 'Conflict' });
    answerCounts('error'); // refreshed after a refusal for being full; its failure changes nothing
    await fixture.whenStable();
    const card = sessionCard('Workshop om kompetens');
    expect(card?.querySelector('[role="alert"]')?.textContent).toContain('Passet är fullt.');
    expect(card?.textContent).toContain('Fullt (20 platser)');
    expect(buttonIn(card)?.disabled).toBe(true);
  });

  it('leaves a session', async () => {
    await render([chosen()]);
    buttonIn(sessionCard('Workshop om kompetens'))?.click();
    await fixture.whenStable();
    const request = http.expectOne(`${SESSIONS_URL}/ws-1`);
    expect(request.request.method).toBe('DELETE');
    request.flush([]);
    answerCounts();
    await fixture.whenStable();
    expect(status()).toBe('Du har lämnat Workshop om kompetens.');
    expect(buttonIn(sessionCard('Workshop om kompetens'))?.textContent).toContain('Anmäl mig');
    expect(myProgramme().querySelector('.sv-empty')).not.toBeNull();
  });

  it('shows a failed load with a retry', async () => {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MySessions);
    fixture.componentRef.setInput('token', 'tok-1');
    fixture.componentRef.setInput('conferenceId', CONFERENCE_ID);
    TestBed.tick();
    http.expectOne(SESSIONS_URL).flush([]);
    http.expectOne(PROGRAMME_URL).flush({ statusCode: 503, message: 'Databasen svarar inte.' }, { status: 503, statusText: 'Unavailable' });
    answerCounts();
    await fixture.whenStable();
    expect(element().querySelector('.sv-signup-sessions [role="alert"]')?.textContent).toContain('Databasen svarar inte.');
    Array.from(element().querySelectorAll<HTMLButtonElement>('.sv-signup-sessions button'))
      .find((b) => b.textContent?.includes('Försök igen'))
      ?.click();
    TestBed.tick();
    http.expectOne(PROGRAMME_URL).flush(PROGRAMME);
    await fixture.whenStable();
    expect(element().querySelectorAll('.sv-session')).toHaveLength(2);
  });

  it('shows the places left in every session from the live counts, and when one is full', async () => {
    await render([], PROGRAMME, { 'ws-1': { taken: 7, capacity: 20 }, visit: { taken: 12, capacity: 12 } });
    expect(sessionCard('Workshop om kompetens')?.textContent).toContain('13 av 20 platser kvar');
    const visit = sessionCard('Studiebesök på bruket');
    expect(visit?.textContent).toContain('Fullt (12 platser)');
    expect(buttonIn(visit)?.disabled).toBe(true);
  });

  it('refreshes the counts after a sign-up', async () => {
    await render([], PROGRAMME, { 'ws-1': { taken: 7, capacity: 20 }, visit: { taken: 3, capacity: 12 } });
    expect(sessionCard('Studiebesök på bruket')?.textContent).toContain('9 av 12 platser kvar');
    buttonIn(sessionCard('Studiebesök på bruket'))?.click();
    await fixture.whenStable();
    http.expectOne(SESSIONS_URL).flush([{ ...VISIT, signupCount: 4 }]);
    answerCounts({ 'ws-1': { taken: 9, capacity: 20 }, visit: { taken: 4, capacity: 12 } });
    await fixture.whenStable();
    expect(sessionCard('Studiebesök på bruket')?.textContent?.replace(/\s+/g, ' ')).toContain('Du är anmäld · 8 av 12 platser kvar');
    expect(sessionCard('Workshop om kompetens')?.textContent).toContain('11 av 20 platser kvar');
  });

  it('shows the capacity as before when the counts fail', async () => {
    await render([], PROGRAMME, 'error');
    expect(sessionCard('Workshop om kompetens')?.textContent).toContain('20 platser');
    expect(sessionCard('Workshop om kompetens')?.textContent).not.toContain('kvar');
    expect(element().querySelector('.sv-signup-sessions [role="alert"]')).toBeNull();
  });

  it('offers my programme as a calendar, and replaces its link on request', async () => {
    await render([chosen()], PROGRAMME, {}, CALENDAR_URL);
    const calendar = myProgramme().querySelector('sv-calendar-links') as HTMLElement;
    expect(calendar.querySelector('h3')?.textContent?.trim()).toBe('Ditt program i kalendern');
    expect(calendar.querySelector('a[download]')?.getAttribute('href')).toBe(CALENDAR_URL);
    expect(calendar.querySelector('a[download]')?.getAttribute('download')).toBe('mitt-program.ics');
    expect(decodeURIComponent(calendar.querySelector('a[href*="outlook.office.com"]')?.getAttribute('href') ?? '')).toContain(
      'name=Mitt program – Vårkonferensen',
    );
    const rotate = Array.from(myProgramme().querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Byt kalenderlänk');
    rotate?.click();
    await fixture.whenStable();
    expect(rotate?.textContent?.trim()).toBe('Byter länk…');
    const request = http.expectOne('/api/registrations/tok-1/calendar-token');
    expect(request.request.method).toBe('POST');
    request.flush({ url: 'http://localhost/api/calendar/registrations/cal-2.ics' });
    await fixture.whenStable();
    expect(calendar.querySelector('a[download]')?.getAttribute('href')).toBe('http://localhost/api/calendar/registrations/cal-2.ics');
    expect(fixture.componentInstance.calendarUrl()).toBe('http://localhost/api/calendar/registrations/cal-2.ics');
    expect(myProgramme().querySelector('.sv-my-calendar__status')?.textContent).toContain('Den gamla länken fungerar inte längre');
  });

  it('says so when the calendar link cannot be replaced', async () => {
    await render([], PROGRAMME, {}, CALENDAR_URL);
    Array.from(myProgramme().querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Byt kalenderlänk')
      ?.click();
    await fixture.whenStable();
    http
      .expectOne('/api/registrations/tok-1/calendar-token')
      .flush({ statusCode: 404, message: 'Anmälan finns inte.' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(myProgramme().querySelector('[role="alert"]')?.textContent).toContain('Anmälan finns inte.');
    expect(myProgramme().querySelector('a[download]')?.getAttribute('href')).toBe(CALENDAR_URL);
  });

  it('has no calendar without a calendar link', async () => {
    await render([]);
    expect(element().querySelector('sv-calendar-links')).toBeNull();
  });

  it('speaks English', async () => {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MySessions);
    fixture.componentRef.setInput('token', 'tok-1');
    fixture.componentRef.setInput('conferenceId', CONFERENCE_ID);
    TestBed.tick();
    http.expectOne(SESSIONS_URL).flush([chosen({ titleEn: 'Skills workshop' })]);
    http.expectOne(PROGRAMME_URL).flush(PROGRAMME);
    answerCounts();
    await fixture.whenStable();
    expect(myProgramme().querySelector('h2')?.textContent).toBe('My programme');
    expect(myProgramme().textContent).toContain('Wednesday, 14 April 2027');
    expect(myProgramme().textContent).toContain('Skills workshop');
    expect(text()).toContain('13 of 20 places left');
    expect(text()).toContain('Study visit ·');
  });
});
