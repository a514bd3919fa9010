import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { QuestionResponse } from '@samverkan/registrations/contract';
import { CONFERENCE_ID, aConference, registrationsTestProviders } from '../../testing/fixtures';
import { closeOverlays, settle, useLanguage } from '@samverkan/shared/ui-testing';
import { RegistrationPage } from './registration-page';

const REGISTER_URL = `/api/conferences/${CONFERENCE_ID}/registrations`;
const QUOTE_URL = `/api/conferences/${CONFERENCE_ID}/fees/quote`;
const FREE = { member: false, feeApplies: false, exVatOre: 0, vatOre: 0, totalOre: 0 };

describe('RegistrationPage', () => {
  let fixture: ComponentFixture<RegistrationPage>;
  let http: HttpTestingController;

  async function render(
    conference: ConferenceResponse = aConference(),
    language: 'sv' | 'en' = 'sv',
    questions: QuestionResponse[] = [],
  ): Promise<void> {
    TestBed.configureTestingModule({ providers: [...registrationsTestProviders(), provideRouter([])] });
    await useLanguage(language);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RegistrationPage);
    fixture.componentRef.setInput('id', CONFERENCE_ID);
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}`).flush(conference);
    http.expectOne(`/api/conferences/${CONFERENCE_ID}/questions`).flush(questions);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    closeOverlays();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const field = (name: string): HTMLInputElement => element().querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement;
  const errorOf = (name: string): string => field(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  const checkbox = (name: string): HTMLInputElement =>
    element().querySelector(`mat-checkbox[formcontrolname="${name}"] input`) as HTMLInputElement;
  const radio = (value: string): HTMLInputElement =>
    element().querySelector(`mat-radio-button[value="${value}"] input`) as HTMLInputElement;

  async function type(name: string, value: string): Promise<void> {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  /** Chooses an option; the organisation type then asks for its fee (answered with `quote`), so it does not wait. */
  async function choose(name: string, option: string): Promise<void> {
    const select = element().querySelector(`select[formcontrolname="${name}"]`) as HTMLSelectElement;
    select.value = (Array.from(select.options).find((o) => o.textContent?.trim() === option) as HTMLOptionElement).value;
    select.dispatchEvent(new Event('change'));
    if (name === 'organisationType') TestBed.tick();
    else await fixture.whenStable();
  }

  /** Answers the fee quote for the chosen organisation type. */
  async function quote(answer: typeof FREE): Promise<void> {
    const request = http.expectOne((r) => r.url === QUOTE_URL);
    request.flush({ organisationType: request.request.params.get('organisationType'), ...answer });
    await fixture.whenStable();
  }

  async function fillIn(municipality = 'Kommun'): Promise<void> {
    await type('firstName', ' Anna ');
    await type('lastName', 'Andersson');
    await type('email', 'anna@finspang.se');
    await type('organisationName', 'Finspångs kommun');
    await choose('organisationType', municipality);
    await quote(FREE);
    checkbox('healthDataConsent').click();
    await fixture.whenStable();
    await type('dietaryNeeds', 'Vegetariskt');
    checkbox('consent').click();
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  it('opens the needs fields only with the separate, optional consent to their processing, and empties them when it is taken back', async () => {
    await render();
    const diet = field('dietaryNeeds');
    expect(element().textContent).toContain('Uppgifter om specialkost och anpassningar kan säga något om din hälsa.');
    expect(diet.disabled).toBe(true);
    checkbox('healthDataConsent').click();
    await fixture.whenStable();
    expect(diet.disabled).toBe(false);
    await type('dietaryNeeds', 'Glutenfritt');
    checkbox('healthDataConsent').click();
    await fixture.whenStable();
    expect(diet.disabled).toBe(true);
    expect(diet.value).toBe('');
  });

  it('shows the conference and a form whose e-mail language starts as the UI language', async () => {
    await render();
    expect(element().querySelector('h1')?.textContent).toContain('Anmälan till Industrikommunernas vårkonferens');
    expect(element().textContent).toContain('onsdag 14 april 2027 09:00 – torsdag 15 april 2027 16:00');
    expect(radio('sv').checked).toBe(true);
    expect(checkbox('consent').checked).toBe(false);
    expect(element().querySelector('button[type="submit"]')?.textContent).toContain('Skicka anmälan');
  });

  it('starts the e-mail language in English for someone using the English UI', async () => {
    await render(aConference(), 'en');
    expect(radio('en').checked).toBe(true);
    expect(element().querySelector('h1')?.textContent).toContain("Register for Industrial municipalities' spring conference");
  });

  it('refuses an incomplete form with messages next to the fields and the consent, and sends nothing', async () => {
    await render();
    await type('email', 'inte-en-adress');
    await submit();
    await settle(fixture);
    expect(errorOf('firstName')).toBe('Fältet måste fyllas i.');
    expect(errorOf('email')).toBe('Ange en giltig e-postadress, till exempel namn@kommun.se.');
    expect(element().querySelector('select[formcontrolname="organisationType"]')?.closest('mat-form-field')?.textContent).toContain(
      'Fältet måste fyllas i.',
    );
    expect(element().querySelector('.sv-consent .sv-field-error')?.textContent).toContain(
      'Bekräfta att du har läst hur uppgifterna behandlas för att anmäla dig.',
    );
    expect(document.activeElement).toBe(field('firstName'));
    http.expectNone(REGISTER_URL);
  });

  it('asks for invoice details only when a fee applies, shows the fee with VAT, checks the organisation number and sends them', async () => {
    await render();
    await fillIn();
    expect(field('organisationNumber')).toBeNull();
    await choose('organisationType', 'Företag');
    await quote({ member: false, feeApplies: true, exVatOre: 125_000, vatOre: 31_250, totalOre: 156_250 });
    const text = (element().textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Pris exkl. moms');
    expect(text).toContain('1 250,00 kr');
    expect(text).toContain('312,50 kr');
    expect(text).toContain('1 562,50 kr');
    await type('organisationNumber', '212000-0143');
    await submit();
    http.expectNone(REGISTER_URL);
    expect(errorOf('organisationNumber')).toBe('Kontrollera organisationsnumret: 10 siffror med rätt kontrollsiffra.');
    await type('organisationNumber', '2120000142');
    await type('address', 'Box 1\n612 80 Finspång');
    await type('reference', 'KS-12');
    await submit();
    const request = http.expectOne(REGISTER_URL);
    expect(request.request.body.invoice).toEqual({
      organisationNumber: '2120000142',
      address: 'Box 1\n612 80 Finspång',
      reference: 'KS-12',
      peppolId: null,
    });
    request.flush(
      { statusCode: 400, code: 'validation.failed', message: 'x', errors: { 'invoice.reference': 'maxLength' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorOf('reference')).not.toBe('');

    // Back to a free type: the fields go and nothing about invoicing is sent.
    await choose('organisationType', 'Kommun');
    await quote(FREE);
    expect(field('organisationNumber')).toBeNull();
    await submit();
    const free = http.expectOne(REGISTER_URL);
    expect(free.request.body.invoice).toBeUndefined();
    free.flush({
      id: 'r',
      status: 'confirmed',
      waitlistPosition: null,
      manageToken: 't',
      manageUrl: 'u',
      calendarUrl: 'c',
      confirmationMailed: true,
    });
    await fixture.whenStable();
  });

  it('sends the registration and shows the confirmation with the manage and calendar links', async () => {
    await render();
    await fillIn();
    await submit();
    const request = http.expectOne(REGISTER_URL);
    expect(request.request.body).toEqual({
      firstName: 'Anna',
      lastName: 'Andersson',
      email: 'anna@finspang.se',
      organisationName: 'Finspångs kommun',
      organisationType: 'municipality',
      title: null,
      healthDataConsent: true,
      dietaryNeeds: 'Vegetariskt',
      accessibilityNeeds: null,
      language: 'sv',
      showOnAttendeeList: false,
      consent: true,
    });
    request.flush(
      {
        id: 'r-1',
        status: 'confirmed',
        waitlistPosition: null,
        manageToken: 'tok-1',
        manageUrl: 'http://localhost/anmalan/tok-1',
        calendarUrl: 'http://localhost/api/calendar/registrations/cal-1.ics',
        confirmationMailed: true,
      },
      { status: 201, statusText: 'Created' },
    );
    await settle(fixture);
    expect(element().querySelector('form')).toBeNull();
    expect(element().querySelector('h1')?.textContent).toContain('Du är anmäld!');
    expect(document.activeElement).toBe(element().querySelector('h1'));
    expect(element().textContent).toContain('Du har en plats på Industrikommunernas vårkonferens');
    expect(element().textContent).toContain('Vi har skickat en bekräftelse med e-post till anna@finspang.se');
    expect(element().textContent).not.toContain('Spara länken här');
    expect(element().querySelector('.sv-manage-url')).toBeNull();
    expect(element().querySelector('a[href="/anmalan/tok-1"]')?.textContent).toContain('Se och ändra din anmälan');
    expect(element().querySelector('a[href="http://localhost/api/calendar/registrations/cal-1.ics"]')?.textContent).toContain(
      'Lägg till i kalendern',
    );
  });

  it('says it is the waitlist, and which position, when the conference is full', async () => {
    await render(aConference({ seatsLeft: 0, confirmedCount: 150 }));
    expect(element().textContent).toContain('Konferensen är fullbokad.');
    expect(element().querySelector('button[type="submit"]')?.textContent).toContain('Anmäl mig till reservlistan');
    await fillIn();
    await submit();
    http.expectOne(REGISTER_URL).flush({
      id: 'r-2',
      status: 'waitlisted',
      waitlistPosition: 3,
      manageToken: 'tok-2',
      manageUrl: '',
      calendarUrl: '',
      confirmationMailed: true,
    });
    await settle(fixture);
    expect(element().querySelector('h1')?.textContent).toContain('Du står på reservlistan');
    expect(element().textContent).toContain('Du står som nummer 3 på reservlistan.');
    expect(element().textContent).toContain('först till kvarn');
  });

  it.each([
    ['sv', 'Vi har nyligen skickat e-post till anna@finspang.se, så vi skickar ingen ny bekräftelse just nu.', 'Spara länken här'],
    ['en', 'We have recently sent e-mail to anna@finspang.se, so we are not sending a new confirmation just now.', 'Keep this link'],
  ] as const)(
    'in %s, says no confirmation went out when none did, and shows the manage link to keep',
    async (language, notMailed, keep) => {
      await render(aConference(), language);
      await fillIn(language === 'en' ? 'Municipality' : 'Kommun');
      await submit();
      http.expectOne(REGISTER_URL).flush(
        {
          id: 'r-3',
          status: 'confirmed',
          waitlistPosition: null,
          manageToken: 'tok-3',
          manageUrl: 'http://localhost/anmalan/tok-3',
          calendarUrl: 'http://localhost/api/calendar/registrations/cal-3.ics',
          confirmationMailed: false,
        },
        { status: 201, statusText: 'Created' },
      );
      await settle(fixture);
      const text = element().textContent ?? '';
      expect(text).toContain(notMailed);
      expect(text).toContain(keep);
      expect(text).not.toMatch(/Vi har skickat en bekräftelse|We have e-mailed a confirmation/);
      const link = element().querySelector('a.sv-manage-url');
      expect(link?.getAttribute('href')).toBe('/anmalan/tok-3');
      expect(link?.textContent?.trim()).toBe('http://localhost/anmalan/tok-3');
    },
  );

  it('shows "already registered" next to the e-mail field on 409', async () => {
    await render();
    await fillIn();
    await submit();
    http
      .expectOne(REGISTER_URL)
      .flush(
        { statusCode: 409, message: 'Den e-postadressen är redan anmäld till konferensen.', errors: { email: 'alreadyRegistered' } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(errorOf('email')).toContain('Den här e-postadressen är redan anmäld.');
    expect(element().querySelector('[role="alert"]')).toBeNull();
    expect(document.activeElement).toBe(field('email'));
  });

  it("shows the API's reason as a banner when registration has closed (422), and then the closed state", async () => {
    await render();
    await fillIn();
    await submit();
    http
      .expectOne(REGISTER_URL)
      .flush(
        { statusCode: 422, message: 'Anmälan har stängt.', errors: { conference: 'registrationClosed' } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    // Not whenStable(): the page asks for the conference again, which keeps it busy until answered.
    TestBed.tick();
    http.expectOne(`/api/conferences/${CONFERENCE_ID}`).flush(aConference({ registrationOpen: false }));
    await fixture.whenStable();
    const alert = element().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Anmälan kunde inte tas emot.');
    expect(alert?.textContent).toContain('Anmälan har stängt.');
    expect(element().querySelector('form')).toBeNull();
    expect(element().textContent).toContain('Anmälan är stängd');
  });

  it('asks the conference’s own questions, sends the answers, and shows the server’s errors at their questions', async () => {
    const questions: QuestionResponse[] = [
      {
        id: 'q-bus',
        kind: 'choice',
        labelSv: 'Buss från stationen',
        labelEn: null,
        required: true,
        options: [
          { id: 'o-there', labelSv: 'Dit', labelEn: null },
          { id: 'o-home', labelSv: 'Hem', labelEn: null },
        ],
      },
      { id: 'q-dinner', kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', required: false, options: [] },
    ];
    await render(aConference(), 'sv', questions);
    expect(element().textContent).toContain('Frågor inför konferensen');
    await fillIn();
    await submit();
    // The required choice is not answered: nothing is sent and the question says so.
    http.expectNone(REGISTER_URL);
    const bus = element().querySelector('fieldset[data-question="q-bus"]') as HTMLElement;
    expect(bus.querySelector('[role="alert"]')?.textContent).toContain('Svara på frågan.');
    (bus.querySelectorAll('mat-radio-button input')[1] as HTMLInputElement).click();
    (element().querySelector('fieldset[data-question="q-dinner"] mat-radio-button input') as HTMLInputElement).click();
    await fixture.whenStable();
    await submit();
    const request = http.expectOne(REGISTER_URL);
    expect(request.request.body.answers).toEqual({ 'q-bus': 'o-home', 'q-dinner': true });
    request.flush(
      {
        statusCode: 400,
        code: 'registration-questions.unknown-option',
        message: 'Det valda svaret finns inte längre.',
        errors: { 'q-bus': 'unknownOption' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(bus.querySelector('[role="alert"]')?.textContent).toContain('Alternativet finns inte längre. Välj ett av dem som visas.');
  });

  it('opens the terms in a dialog', async () => {
    await render();
    (
      Array.from(element().querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Läs hur uppgifterna behandlas'),
      ) as HTMLButtonElement
    ).click();
    await settle(fixture);
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.querySelector('h2')?.textContent).toContain('Så behandlas dina uppgifter när du anmäler dig');
    expect(dialog?.textContent).toContain('ladda ner dem eller radera dem');
  });

  it('shows no form when registration is not open, and says why', async () => {
    await render(aConference({ status: 'cancelled', registrationOpen: false }));
    expect(element().querySelector('form')).toBeNull();
    expect(element().querySelector('[role="note"]')?.textContent).toContain('Det går inte att anmäla sig just nu. Inställd');
  });
});
