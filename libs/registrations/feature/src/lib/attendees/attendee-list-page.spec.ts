import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AttendeePage, AttendeeResponse, QuestionResponse } from '@samverkan/registrations/contract';
import { CONFERENCE_ID, aConference, anAttendee, registrationsTestProviders } from '../../testing/fixtures';
import { closeOverlays, useLanguage } from '@samverkan/shared/ui-testing';
import { AttendeeListPage } from './attendee-list-page';

const LIST_URL = `/api/conferences/${CONFERENCE_ID}/registrations`;

function aPage(items: AttendeeResponse[], total = items.length): AttendeePage {
  return {
    items,
    total,
    counts: {
      byStatus: { confirmed: 40, waitlisted: 3, cancelled: 2 },
      byOrganisationType: { municipality: 25, business: 10, region: 3, 'state-agency': 1, other: 1 },
    },
  };
}

const waiting = anAttendee({
  id: 'r-2',
  firstName: 'Bo',
  lastName: 'Berg',
  status: 'waitlisted',
  waitlistPosition: 2,
  organisationType: 'business',
  organisationName: 'Siemens',
});

describe('AttendeeListPage', () => {
  let fixture: ComponentFixture<AttendeeListPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AttendeeListPage);
    fixture.componentRef.setInput('id', CONFERENCE_ID);
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}`).flush(aConference());
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/questions`).flush([]);
  });

  afterEach(() => {
    http.verify();
    closeOverlays();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const rows = (): string[][] =>
    Array.from(element().querySelectorAll('tr.mat-mdc-row')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  const button = (text: string): HTMLButtonElement =>
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

  function listRequest(): TestRequest {
    return http.expectOne((req) => req.url === LIST_URL);
  }

  async function answer(page: AttendeePage): Promise<TestRequest> {
    const request = listRequest();
    request.flush(page);
    await fixture.whenStable();
    return request;
  }

  async function filterWait(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 350));
    TestBed.tick();
  }

  it('asks for the first page and shows the attendees with counts by status and organisation type', async () => {
    const request = await answer(aPage([anAttendee(), waiting], 45));
    expect(request.request.params.toString()).toBe('limit=25&offset=0');
    expect(element().querySelector('.sv-lead')?.textContent).toContain('Industrikommunernas vårkonferens');
    const counts = Array.from(element().querySelectorAll('.sv-counts__item')).map((item) =>
      [item.querySelector('dt')?.textContent?.trim(), item.querySelector('dd')?.textContent?.trim()].join(' '),
    );
    expect(counts).toEqual([
      'Bekräftade 40',
      'Reservlista 3',
      'Avbokade 2',
      'Kommun 25',
      'Näringsliv 10',
      'Region 3',
      'Stat 1',
      'Övrigt 1',
    ]);
    expect(element().textContent).toContain('45 anmälningar');
    expect(rows()[0].slice(0, 5)).toEqual([
      'Anna Andersson',
      'Finspångs kommun Kommun',
      'anna@finspang.se',
      'Bekräftad',
      'Kost: Vegetariskt',
    ]);
    expect(rows()[1][3]).toBe('Reservlista nr 2');
    expect(element().querySelector('mat-paginator')?.textContent).toContain('1–25 av 45');
  });

  it('searches and filters through the API, starting again from the first page', async () => {
    await answer(aPage([anAttendee()], 60));
    (element().querySelector('mat-paginator button.mat-mdc-paginator-navigation-next') as HTMLButtonElement).click();
    TestBed.tick();
    const second = await answer(aPage([anAttendee()], 60));
    expect(second.request.params.get('offset')).toBe('25');

    const search = element().querySelector('input[type="search"]') as HTMLInputElement;
    search.value = ' Finsp ';
    search.dispatchEvent(new Event('input'));
    await filterWait();
    const filtered = await answer(aPage([], 0));
    expect(filtered.request.params.toString()).toBe('search=Finsp&limit=25&offset=0');
    expect(element().textContent).toContain('Ingen anmälan matchar sökningen.');
  });

  it('checks someone in and says so', async () => {
    await answer(aPage([anAttendee()]));
    (element().querySelector('mat-slide-toggle button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const request = http.expectOne(`${LIST_URL}/r-1/check-in`);
    expect(request.request.body).toEqual({ checkedIn: true });
    request.flush(anAttendee({ checkedIn: true }));
    await fixture.whenStable();
    expect(element().querySelector('p[role="status"]')?.textContent).toContain('Anna Andersson är incheckad.');
    expect(element().querySelector('mat-slide-toggle button')?.getAttribute('aria-checked')).toBe('true');
    expect(element().querySelector('mat-slide-toggle button')?.getAttribute('aria-label')).toBe('Incheckad: Anna Andersson');
  });

  it('moves someone on the waitlist with a position and a reason, then reloads the list', async () => {
    await answer(aPage([waiting]));
    button('Flytta på reservlistan').click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Bo Berg står som nummer 2.');
    const position = dialog.querySelector('input[formcontrolname="position"]') as HTMLInputElement;
    const reason = dialog.querySelector('textarea[formcontrolname="reason"]') as HTMLTextAreaElement;
    position.value = '9';
    position.dispatchEvent(new Event('input'));
    reason.value = 'kort';
    reason.dispatchEvent(new Event('input'));
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(dialog.textContent).toContain('Ange högst 3.');
    expect(dialog.textContent).toContain('Ange minst 5 tecken.');
    http.expectNone(`${LIST_URL}/r-2/waitlist-position`);

    position.value = '1';
    position.dispatchEvent(new Event('input'));
    reason.value = 'Talare i programmet';
    reason.dispatchEvent(new Event('input'));
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const move = http.expectOne(`${LIST_URL}/r-2/waitlist-position`);
    expect(move.request.body).toEqual({ position: 1, reason: 'Talare i programmet' });
    move.flush({ ...waiting, waitlistPosition: 1 });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    await answer(aPage([{ ...waiting, waitlistPosition: 1 }]));
    expect(element().querySelector('p[role="status"]')?.textContent).toContain('Bo Berg står nu som nummer 1 på reservlistan.');
    expect(rows()[0][3]).toBe('Reservlista nr 1');
  });

  it('exports the list as a file with the bearer-carrying request, showing progress meanwhile', async () => {
    await answer(aPage([anAttendee()]));
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:1'), revokeObjectURL: jest.fn() });
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    button('Exportera CSV').click();
    await fixture.whenStable();
    expect(button('Exporterar…').disabled).toBe(true);
    expect(button('Exportera Excel').disabled).toBe(true);
    expect(element().querySelector('p[role="status"]')?.textContent).toContain('Exporten pågår…');
    http
      .expectOne(`${LIST_URL}/export.csv`)
      .flush(new Blob(['namn;e-post']), { headers: { 'Content-Disposition': `attachment; filename="deltagare-${CONFERENCE_ID}.csv"` } });
    await fixture.whenStable();
    expect(names).toEqual([`deltagare-${CONFERENCE_ID}.csv`]);
    expect(element().querySelector('p[role="status"]')?.textContent).toContain(`Filen deltagare-${CONFERENCE_ID}.csv är nedladdad.`);
    expect(button('Exportera CSV').disabled).toBe(false);
    click.mockRestore();
  });

  it('downloads the name badges and the printable attendee list as PDFs', async () => {
    await answer(aPage([anAttendee()]));
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:1'), revokeObjectURL: jest.fn() });
    const names: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    button('Namnbrickor (PDF)').click();
    await fixture.whenStable();
    expect(button('Deltagarlista (PDF)').disabled).toBe(true);
    http
      .expectOne(`/api/conferences/${CONFERENCE_ID}/badges.pdf`)
      .flush(new Blob(['%PDF-']), {
        headers: { 'Content-Disposition': 'attachment; filename="namnbrickor-varkonferensen-2027-04-14.pdf"' },
      });
    await fixture.whenStable();
    button('Deltagarlista (PDF)').click();
    await fixture.whenStable();
    http
      .expectOne(`/api/conferences/${CONFERENCE_ID}/attendees.pdf`)
      .flush(new Blob(['%PDF-']), {
        headers: { 'Content-Disposition': 'attachment; filename="deltagarlista-varkonferensen-2027-04-14.pdf"' },
      });
    await fixture.whenStable();
    expect(names).toEqual(['namnbrickor-varkonferensen-2027-04-14.pdf', 'deltagarlista-varkonferensen-2027-04-14.pdf']);
    expect(element().querySelector('p[role="status"]')?.textContent).toContain(
      'Filen deltagarlista-varkonferensen-2027-04-14.pdf är nedladdad.',
    );
    click.mockRestore();
  });

  it('shows an error with a way to try again', async () => {
    listRequest().flush({ statusCode: 403, message: 'Du har inte behörighet.' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('Du har inte behörighet.');
    (element().querySelector('sv-error-message button') as HTMLButtonElement).click();
    TestBed.tick();
    await answer(aPage([]));
    expect(element().textContent).toContain('Ingen har anmält sig ännu.');
  });
});

describe('AttendeeListPage with the conference’s own questions', () => {
  let fixture: ComponentFixture<AttendeeListPage>;
  let http: HttpTestingController;
  const QUESTIONS: QuestionResponse[] = [
    { id: 'q-dept', kind: 'text', labelSv: 'Förvaltning', labelEn: null, required: false, options: [] },
    { id: 'q-dinner', kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', required: true, options: [] },
  ];
  const answered = anAttendee({
    answers: [
      {
        questionId: 'q-dept',
        kind: 'text',
        labelSv: 'Förvaltning',
        labelEn: null,
        text: 'Kultur',
        options: [],
        yes: null,
        archived: false,
      },
      { questionId: 'q-dinner', kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', text: null, options: [], yes: true, archived: false },
    ],
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AttendeeListPage);
    fixture.componentRef.setInput('id', CONFERENCE_ID);
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}`).flush(aConference());
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/questions`).flush(QUESTIONS);
  });

  afterEach(() => {
    http.verify();
    closeOverlays();
  });

  it('shows each person’s answers and filters the list on a yes/no answer', async () => {
    http.expectOne((req) => req.url === LIST_URL).flush(aPage([answered]));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('td.mat-column-answers')?.textContent).toContain('Förvaltning: Kultur');
    expect(element.querySelector('td.mat-column-answers')?.textContent).toContain('Middag: Ja');

    (element.querySelectorAll('mat-select')[2] as HTMLElement).click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll('mat-option'));
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Alla svar', 'Middag: ja', 'Middag: nej']);
    (options[2] as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 350));
    TestBed.tick();
    const filtered = http.expectOne((req) => req.url === LIST_URL);
    expect(filtered.request.params.get('answer')).toBe('q-dinner:no');
    filtered.flush(aPage([]));
    await fixture.whenStable();
    expect(element.textContent).toContain('Ingen anmälan matchar sökningen.');
  });
});
