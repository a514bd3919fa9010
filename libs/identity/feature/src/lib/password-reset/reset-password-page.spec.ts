import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { identityTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ResetPasswordPage } from './reset-password-page';

@Component({ template: '' })
class Blank {}

const TOKEN = 'k3n_Qy2Vh8s7wPpL0aXbE5rT9uYcZdFgHjKlMnOpQrS';
const INVALID = {
  statusCode: 400,
  message: 'Länken är ogiltig, redan använd eller för gammal. Be om en ny länk.',
  errors: { token: 'invalid' },
};

describe('ResetPasswordPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function render(token = TOKEN): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        ...identityTestProviders(),
        provideRouter([
          { path: 'aterstall-losenord/:token', component: ResetPasswordPage },
          { path: 'glomt-losenord', component: Blank },
          { path: 'logga-in', component: Blank },
        ]),
      ],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/aterstall-losenord/${token}`, ResetPasswordPage);
    await harness.fixture.whenStable();
  }

  const element = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const input = (name: string): HTMLInputElement =>
    element().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  const fieldError = (name: string): string => input(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  const alertText = (): string => element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';
  const heading = (): string => element().querySelector('h1')?.textContent?.trim() ?? '';
  const link = (href: string): string => element().querySelector<HTMLAnchorElement>(`a[href="${href}"]`)?.textContent?.trim() ?? '';
  const submitButton = (): HTMLButtonElement => element().querySelector('button[type="submit"]') as HTMLButtonElement;

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    input(name).dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  async function fillAndSubmit(password = 'ett-nytt-langt-losenord'): Promise<void> {
    await type('password', password);
    await type('repeat', password);
    await submit();
  }

  afterEach(() => http.verify());

  it('asks for the new password twice, with the length rule as a hint', async () => {
    await render();
    expect(heading()).toBe('Välj nytt lösenord');
    expect(input('password').type).toBe('password');
    expect(input('password').getAttribute('autocomplete')).toBe('new-password');
    expect(input('repeat').getAttribute('autocomplete')).toBe('new-password');
    expect(element().querySelector('mat-hint')?.textContent?.trim()).toBe('Minst 12 tecken.');
  });

  it('shows what is missing next to each field and sends nothing', async () => {
    await render();
    await submit();
    expect(fieldError('password')).toBe('Fältet måste fyllas i.');
    expect(fieldError('repeat')).toBe('Fältet måste fyllas i.');
    expect(document.activeElement).toBe(input('password'));
    http.expectNone('/api/auth/password-reset/confirm');
  });

  it('needs at least 12 characters', async () => {
    await render();
    await fillAndSubmit('kort-losen');
    expect(fieldError('password')).toBe('Ange minst 12 tecken.');
    expect(fieldError('repeat')).toBe('');
    http.expectNone('/api/auth/password-reset/confirm');
  });

  it('needs both passwords to be equal, and checks again when the first one changes', async () => {
    await render();
    await type('password', 'ett-nytt-langt-losenord');
    await type('repeat', 'ett-annat-langt-losenord');
    await submit();
    expect(fieldError('password')).toBe('');
    expect(fieldError('repeat')).toBe('Lösenorden är inte lika.');
    expect(document.activeElement).toBe(input('repeat'));
    http.expectNone('/api/auth/password-reset/confirm');

    await type('password', 'ett-annat-langt-losenord');
    expect(fieldError('repeat')).toBe('');
  });

  it('sends the token and the password, disables the button while saving, then offers to log in', async () => {
    await render();
    await fillAndSubmit();
    const request = http.expectOne('/api/auth/password-reset/confirm');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token: TOKEN, password: 'ett-nytt-langt-losenord' });
    expect(submitButton().disabled).toBe(true);
    expect(submitButton().textContent?.trim()).toBe('Sparar…');

    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(heading()).toBe('Lösenordet är sparat');
    expect(element().querySelector('[role="status"]')?.textContent?.trim()).toBe('Ditt nya lösenord är sparat. Logga in med det.');
    expect(link('/logga-in')).toBe('Logga in');
    expect(element().querySelector('form')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).toBe(element().querySelector('h1'));
  });

  it('says clearly when the link is unknown, used or too old, and offers a new one', async () => {
    await render();
    await fillAndSubmit();
    http.expectOne('/api/auth/password-reset/confirm').flush(INVALID, { status: 400, statusText: 'Bad Request' });
    await harness.fixture.whenStable();
    expect(heading()).toBe('Länken fungerar inte');
    expect(alertText()).toContain('Länken är ogiltig, redan använd eller äldre än en timme. Be om en ny länk.');
    expect(link('/glomt-losenord')).toBe('Be om en ny länk');
    expect(element().querySelector('form')).toBeNull();

    await useLanguage('en');
    await harness.fixture.whenStable();
    expect(alertText()).toContain('The link is invalid, already used or older than one hour.');
    expect(link('/glomt-losenord')).toBe('Ask for a new link');
  });

  it('treats a malformed token as an invalid link too', async () => {
    await render('abc');
    await fillAndSubmit();
    http
      .expectOne('/api/auth/password-reset/confirm')
      .flush(
        { statusCode: 400, message: 'Värdet är för kort.', errors: { token: 'minLength' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await harness.fixture.whenStable();
    expect(heading()).toBe('Länken fungerar inte');
  });

  it("shows the API's password error next to the field", async () => {
    await render();
    await fillAndSubmit();
    http
      .expectOne('/api/auth/password-reset/confirm')
      .flush(
        { statusCode: 400, message: 'Lösenordet måste ha minst 12 tecken.', errors: { password: 'minLength' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await harness.fixture.whenStable();
    expect(fieldError('password')).toBe('Värdet är för kort.');
    expect(heading()).toBe('Välj nytt lösenord');
    expect(submitButton().disabled).toBe(false);
  });

  it('says "too many attempts" on 429 and keeps the form', async () => {
    await render();
    await fillAndSubmit();
    http
      .expectOne('/api/auth/password-reset/confirm')
      .flush({ statusCode: 429, message: 'ThrottlerException: Too Many Requests' }, { status: 429, statusText: 'Too Many Requests' });
    await harness.fixture.whenStable();
    expect(alertText()).toContain('För många försök. Vänta en stund och försök sedan igen.');
    expect(element().querySelector('form')).not.toBeNull();
    expect(submitButton().disabled).toBe(false);
  });
});
