import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RegistrationResponse } from '@samverkan/registrations/contract';
import { CONFERENCE_ID, aRegistration, registrationsTestProviders } from '../../testing/fixtures';
import { closeOverlays, settle, useLanguage } from '@samverkan/shared/ui-testing';
import { ManagePage, toUpdateRequest } from './manage-page';

const URL_OF = '/api/registrations/tok-1';

/** jsdom's Blob has no text(). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('ManagePage', () => {
  let fixture: ComponentFixture<ManagePage>;
  let http: HttpTestingController;

  async function render(answer: (req: ReturnType<HttpTestingController['expectOne']>) => void): Promise<void> {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ManagePage);
    fixture.componentRef.setInput('token', 'tok-1');
    TestBed.tick();
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Hämtar din anmälan…');
    answer(http.expectOne(URL_OF));
    // The resource settles in a later task; then the sessions part renders and asks for its data.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    answerSessions();
    // The answers part asks for the conference's questions (none here) once it has rendered.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.match(`/api/conferences/${CONFERENCE_ID}/questions`).forEach((req) => req.flush([]));
    await fixture.whenStable();
  }

  /** A confirmed person's page also asks for their sessions, the programme and its counts (none published here). */
  function answerSessions(): void {
    http.match(`${URL_OF}/sessions`).forEach((req) => req.flush([]));
    http
      .match(`/api/conferences/${CONFERENCE_ID}/programme/signups`)
      .forEach((req) => req.flush({ statusCode: 404, message: 'Konferensen finns inte.' }, { status: 404, statusText: 'Not Found' }));
    http
      .match(`/api/conferences/${CONFERENCE_ID}/programme`)
      .forEach((req) =>
        req.flush({ statusCode: 404, message: 'Programmet är inte publicerat ännu.' }, { status: 404, statusText: 'Not Found' }),
      );
  }

  const show = (registration: RegistrationResponse) => render((req) => req.flush(registration));

  afterEach(() => {
    http.verify();
    closeOverlays();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const state = (): string => element().querySelector('.sv-state')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (text: string): HTMLButtonElement | undefined =>
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
  const dialog = (): HTMLElement | null => document.querySelector('mat-dialog-container');

  it('shows a confirmed registration with its conference, details and what can be done', async () => {
    await show(aRegistration());
    expect(element().querySelector('h1')?.textContent).toContain('Din anmälan');
    expect(element().querySelector(`a[href="/konferenser/${CONFERENCE_ID}"]`)?.textContent).toContain('Industrikommunernas vårkonferens');
    expect(element().textContent).toContain('onsdag 14 april 2027 09:00 – torsdag 15 april 2027 16:00');
    expect(state()).toContain('Du har en plats.');
    expect(element().textContent).toContain('Finspångs kommun (Kommun)');
    expect((element().querySelector('[formcontrolname="dietaryNeeds"]') as HTMLTextAreaElement).value).toBe('Vegetariskt');
    expect(element().querySelector('a[href="http://localhost/api/calendar/registrations/cal-1.ics"]')).not.toBeNull();
    expect(button('Avboka min plats')).toBeDefined();
    expect(button('Ladda ner mina uppgifter')).toBeDefined();
    expect(button('Radera mina uppgifter')).toBeDefined();
  });

  it('shows a confirmed person their QR code for the door, with its alt text and the code as text; others none', async () => {
    await show(aRegistration());
    const section = element().querySelector('sv-check-in-qr') as HTMLElement;
    expect(section.querySelector('h2')?.textContent).toBe('Incheckning');
    expect(section.textContent).toContain('Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5');
    for (let i = 0; i < 50 && !section.querySelector('img'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      TestBed.tick();
    }
    const img = section.querySelector('img') as HTMLImageElement;
    expect(img.alt).toBe('QR-kod för incheckning');
    expect(img.src.startsWith('data:image/svg+xml;base64,')).toBe(true);
  });

  it('shows no QR code without a check-in code (waitlisted)', async () => {
    await show(aRegistration({ status: 'waitlisted', waitlistPosition: 1, checkInCode: null }));
    expect(element().querySelector('sv-check-in-qr')).toBeNull();
  });

  it("shows a confirmed person's programme and the sessions to sign up for, and not to others", async () => {
    await show(aRegistration());
    expect(element().querySelector('#mitt-program h2')?.textContent).toBe('Mitt program');
    expect(element().textContent).toContain('Det finns inga programpunkter med anmälan i programmet ännu.');
    expect(element().querySelector(`a[href="/konferenser/${CONFERENCE_ID}/program"]`)).not.toBeNull();
  });

  it('offers a confirmed person their programme as a calendar under "Mitt program", and replaces its link', async () => {
    await show(aRegistration());
    const calendar = element().querySelector('#mitt-program sv-calendar-links') as HTMLElement;
    expect(calendar.querySelector('h3')?.textContent?.trim()).toBe('Ditt program i kalendern');
    // The calendar links are the only calendar part of the page for a confirmed person.
    expect(element().querySelectorAll('a[href="http://localhost/api/calendar/registrations/cal-1.ics"]')).toHaveLength(1);
    button('Byt kalenderlänk')?.click();
    await fixture.whenStable();
    http.expectOne(`${URL_OF}/calendar-token`).flush({ url: 'http://localhost/api/calendar/registrations/cal-2.ics' });
    await fixture.whenStable();
    expect(calendar.querySelector('a[download]')?.getAttribute('href')).toBe('http://localhost/api/calendar/registrations/cal-2.ics');
    expect(element().querySelector('a[href="http://localhost/api/calendar/registrations/cal-1.ics"]')).toBeNull();
    expect(element().querySelector('.sv-my-calendar__status')?.textContent).toContain('Den gamla länken fungerar inte längre');
  });

  it('offers the certificate once checked in, and the attendee list to those shown on it', async () => {
    await show(aRegistration({ checkedInAt: '2027-04-14T08:45:00+02:00', showOnAttendeeList: true }));
    const certificate = element().querySelector('a[href="/api/registrations/tok-1/certificate.pdf"]');
    expect(certificate?.textContent?.trim()).toBe('Ladda ner intyg (PDF)');
    expect(certificate?.hasAttribute('download')).toBe(true);
    expect(element().querySelector('a[href="/anmalan/tok-1/deltagare"]')?.textContent?.trim()).toBe('Se deltagarlistan');
  });

  it('explains when the certificate and the attendee list become available', async () => {
    await show(aRegistration());
    expect(element().querySelector('a[href$="certificate.pdf"]')).toBeNull();
    expect(element().querySelector('a[href$="/deltagare"]')).toBeNull();
    expect(element().textContent).toContain('När du har checkats in på konferensen kan du ladda ner ett intyg');
    expect(element().textContent).toContain('Välj att visas på deltagarlistan under dina uppgifter');
  });

  it('links a confirmed participant to the evaluation once the conference has ended', async () => {
    await show(aRegistration({ conferenceStartsAt: '2020-04-14T09:00:00+02:00', conferenceEndsAt: '2020-04-15T16:00:00+02:00' }));
    expect(element().querySelector('#manage-evaluation')?.textContent).toContain('Utvärdering');
    expect(element().querySelector('a[href="/anmalan/tok-1/utvardering"]')?.textContent).toContain('Svara på utvärderingen');
  });

  it('has no evaluation link before the end, nor for a waitlisted person after it', async () => {
    await show(aRegistration({ status: 'waitlisted', waitlistPosition: 1, conferenceStartsAt: '2020-04-14T09:00:00+02:00', conferenceEndsAt: '2020-04-15T16:00:00+02:00' }));
    expect(element().querySelector('#manage-evaluation')).toBeNull();
  });

  it('has no evaluation link while the conference lies ahead', async () => {
    await show(aRegistration());
    expect(element().querySelector('#manage-evaluation')).toBeNull();
  });

  it('shows the waitlist position and explains first come, first served', async () => {
    await show(aRegistration({ status: 'waitlisted', waitlistPosition: 2 }));
    expect(element().querySelector('#mitt-program')).toBeNull();
    expect(state()).toContain('Du står som nummer 2 på reservlistan.');
    expect(state()).toContain('först till kvarn');
    expect(state()).toContain('får den som står först på listan platsen');
    expect(button('Lämna reservlistan')).toBeDefined();
    expect(button('Avboka min plats')).toBeUndefined();
    // No "Mitt program": the calendar is the plain link.
    expect(element().querySelector('a[href="http://localhost/api/calendar/registrations/cal-1.ics"]')?.textContent).toContain(
      'Lägg till i kalendern',
    );
  });

  it('shows a cancelled registration without the edit form or a cancel button', async () => {
    await show(aRegistration({ status: 'cancelled', cancelledAt: '2027-02-02T10:00:00+01:00' }));
    expect(state()).toContain('Anmälan är avbokad.');
    expect(element().querySelector('form')).toBeNull();
    expect(button('Avboka min plats')).toBeUndefined();
    expect(button('Ladda ner mina uppgifter')).toBeDefined();
  });

  it('says the link does not work for an unknown token', async () => {
    await render((req) => req.flush({ statusCode: 404, message: 'Anmälan finns inte.' }, { status: 404, statusText: 'Not Found' }));
    expect(element().querySelector('h1')?.textContent).toContain('Länken fungerar inte');
    expect(element().querySelector('a[href="/konferenser"]')).not.toBeNull();
  });

  it('saves changed needs and language, sending only what may be changed', async () => {
    await show(aRegistration());
    const diet = element().querySelector('[formcontrolname="dietaryNeeds"]') as HTMLTextAreaElement;
    diet.value = '  ';
    diet.dispatchEvent(new Event('input'));
    (element().querySelector('mat-radio-button[value="en"] input') as HTMLInputElement).click();
    await fixture.whenStable();
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne(URL_OF);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      title: null,
      healthDataConsent: true,
      dietaryNeeds: null,
      accessibilityNeeds: null,
      language: 'en',
      showOnAttendeeList: false,
    });
    request.flush(aRegistration({ dietaryNeeds: null, language: 'en' }));
    await fixture.whenStable();
    expect(element().querySelector('p[role="status"]')?.textContent).toContain('Ändringarna är sparade.');
  });

  it('cancels after confirming (the seat goes to the waitlist) and then shows the cancelled state', async () => {
    await show(aRegistration());
    button('Avboka min plats')?.click();
    await settle(fixture);
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(dialog()?.textContent).toContain('Avboka din plats?');
    expect(dialog()?.textContent).toContain('Platsen går direkt till den som står först på reservlistan');
    dialog()?.querySelectorAll('button')[1].click();
    await fixture.whenStable();
    const cancel = http.expectOne(URL_OF);
    expect(cancel.request.method).toBe('DELETE');
    cancel.flush({ status: 'cancelled' });
    TestBed.tick();
    http.expectOne(URL_OF).flush(aRegistration({ status: 'cancelled' }));
    await fixture.whenStable();
    expect(state()).toContain('Anmälan är avbokad.');
    expect(element().querySelector('p[role="status"]')?.textContent).toContain(
      'Anmälan är avbokad. Vi har skickat en bekräftelse med e-post.',
    );
  });

  it('withdraws the consent to the processing of needs after confirming, and shows the needs emptied', async () => {
    await show(aRegistration({ healthDataConsent: true, dietaryNeeds: 'Vegetariskt' }));
    expect(element().textContent).toContain('Du har samtyckt till att vi behandlar dina uppgifter om specialkost och anpassningar.');
    button('Återkalla samtycket')?.click();
    await settle(fixture);
    expect(dialog()?.textContent).toContain('Vi tar bort dina uppgifter om specialkost och anpassningar direkt.');
    dialog()?.querySelectorAll('button')[1].click();
    await fixture.whenStable();
    const request = http.expectOne(URL_OF);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ healthDataConsent: false, dietaryNeeds: null, accessibilityNeeds: null });
    request.flush(aRegistration({ healthDataConsent: false, dietaryNeeds: null, accessibilityNeeds: null }));
    await fixture.whenStable();
    const diet = element().querySelector('[formcontrolname="dietaryNeeds"]') as HTMLTextAreaElement;
    expect(diet.value).toBe('');
    expect(diet.disabled).toBe(true);
    expect(element().querySelector('p[role="status"]')?.textContent).toContain('Samtycket är återkallat');
    expect(element().querySelector('[formcontrolname="healthDataConsent"]')).not.toBeNull();
  });

  it('does nothing when the cancel dialog is dismissed', async () => {
    await show(aRegistration({ status: 'waitlisted', waitlistPosition: 1 }));
    button('Lämna reservlistan')?.click();
    await settle(fixture);
    expect(dialog()?.textContent).toContain('Du lämnar reservlistan till Industrikommunernas vårkonferens.');
    button('Avbryt')?.click();
    await fixture.whenStable();
    http.expectNone(URL_OF);
    expect(state()).toContain('nummer 1');
  });

  it('downloads the data as a JSON file', async () => {
    await show(aRegistration());
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), 'blob:1')), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    button('Ladda ner mina uppgifter')?.click();
    await fixture.whenStable();
    expect(button('Hämtar…')?.disabled).toBe(true);
    http.expectOne(`${URL_OF}/export`).flush({ registration: { firstName: 'Anna' } });
    await fixture.whenStable();
    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs[0].type).toBe('application/json');
    expect(JSON.parse(await readText(blobs[0]))).toEqual({ registration: { firstName: 'Anna' } });
    expect(element().querySelector('p[role="status"]')?.textContent).toContain('Dina uppgifter är nedladdade.');
    click.mockRestore();
  });

  it('erases the data after confirming, and then says the link no longer works', async () => {
    await show(aRegistration());
    button('Radera mina uppgifter')?.click();
    await settle(fixture);
    expect(dialog()?.textContent).toContain('Radera dina uppgifter?');
    button('Radera')?.click();
    await fixture.whenStable();
    const erase = http.expectOne(`${URL_OF}/erase`);
    expect(erase.request.method).toBe('POST');
    erase.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element().querySelector('h1')?.textContent).toContain('Dina uppgifter är raderade');
    expect(element().querySelector('form')).toBeNull();
  });
});

describe('toUpdateRequest', () => {
  it('trims the texts and sends empty ones as null', () => {
    expect(
      toUpdateRequest({
        title: ' Kommunchef ',
        healthDataConsent: true,
        dietaryNeeds: '',
        accessibilityNeeds: ' Hörslinga ',
        language: 'sv',
        showOnAttendeeList: true,
      }),
    ).toEqual({
      title: 'Kommunchef',
      healthDataConsent: true,
      dietaryNeeds: null,
      accessibilityNeeds: 'Hörslinga',
      language: 'sv',
      showOnAttendeeList: true,
    });
  });

  it('sends no needs without the consent to their processing', () => {
    expect(
      toUpdateRequest({
        title: '',
        healthDataConsent: false,
        dietaryNeeds: 'Vegetariskt',
        accessibilityNeeds: 'Hörslinga',
        language: 'sv',
        showOnAttendeeList: false,
      }),
    ).toEqual({
      title: null,
      dietaryNeeds: null,
      accessibilityNeeds: null,
      language: 'sv',
      showOnAttendeeList: false,
    });
  });
});
