import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { identityTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { ForgotPasswordPage } from './forgot-password-page';

@Component({ template: '' })
class Blank {}

const SENT_SV =
  'Om adressen har ett konto hos oss har vi skickat e-post med en länk för att välja nytt lösenord. Länken gäller i en timme.';

describe('ForgotPasswordPage', () => {
  let fixture: ComponentFixture<ForgotPasswordPage>;
  let http: HttpTestingController;
  let router: Router;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        ...identityTestProviders(),
        provideRouter([
          { path: 'glomt-losenord', component: ForgotPasswordPage },
          { path: 'logga-in', component: Blank },
        ]),
      ],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/glomt-losenord');
    fixture = TestBed.createComponent(ForgotPasswordPage);
    await fixture.whenStable();
  }

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (): HTMLInputElement => element().querySelector<HTMLInputElement>('input[formcontrolname="email"]') as HTMLInputElement;
  const fieldError = (): string => input().closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  const alertText = (): string => element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';
  const statusText = (): string => element().querySelector('[role="status"]')?.textContent?.trim() ?? '';
  const submitButton = (): HTMLButtonElement => element().querySelector('button[type="submit"]') as HTMLButtonElement;

  async function type(value: string): Promise<void> {
    input().value = value;
    input().dispatchEvent(new Event('input'));
    input().dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('asks for the e-mail address and links back to login', async () => {
    await render();
    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Glömt lösenordet?');
    expect(element().querySelector('label')?.textContent).toContain('E-postadress');
    expect(input().getAttribute('autocomplete')).toBe('email');
    const back = element().querySelector<HTMLAnchorElement>('a[href="/logga-in"]');
    expect(back?.textContent?.trim()).toBe('Tillbaka till inloggningen');
  });

  it('shows what is wrong next to the field and sends nothing', async () => {
    await render();
    await submit();
    expect(fieldError()).toBe('Fältet måste fyllas i.');
    expect(document.activeElement).toBe(input());
    await type('anna');
    await submit();
    expect(fieldError()).toBe('Ange en giltig e-postadress, till exempel namn@kommun.se.');
    http.expectNone('/api/auth/password-reset');
  });

  it('sends the address, disables the button while sending, then shows the same answer for every address', async () => {
    await render();
    await type('programrad2@demo.samverkan.se');
    await submit();
    const request = http.expectOne('/api/auth/password-reset');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'programrad2@demo.samverkan.se' });
    expect(submitButton().disabled).toBe(true);
    expect(submitButton().textContent?.trim()).toBe('Skickar…');

    request.flush({ message: SENT_SV }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(statusText()).toBe(SENT_SV);
    expect(element().querySelector('h1')?.textContent?.trim()).toBe('Kolla din e-post');
    expect(element().querySelector('form')).toBeNull();
    expect(element().querySelector<HTMLAnchorElement>('a[href="/logga-in"]')?.textContent?.trim()).toBe('Tillbaka till inloggningen');
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).toBe(element().querySelector('h1'));
  });

  it('shows the confirmation in English after a language switch', async () => {
    await render();
    await type('nobody@example.com');
    await submit();
    http.expectOne('/api/auth/password-reset').flush({ message: SENT_SV }, { status: 202, statusText: 'Accepted' });
    await useLanguage('en');
    await fixture.whenStable();
    expect(statusText()).toContain('If the address has an account with us');
  });

  it('shows API field errors next to the field', async () => {
    await render();
    await type('anna@kommun.se');
    await submit();
    http
      .expectOne('/api/auth/password-reset')
      .flush(
        { statusCode: 400, message: 'Ange en giltig e-postadress.', errors: { email: 'isEmail' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(fieldError()).toBe('Ange en giltig e-postadress.');
    expect(alertText()).toBe('');
    expect(submitButton().disabled).toBe(false);
  });

  it('says "too many attempts" on 429 and lets the person try again later', async () => {
    await render();
    await type('anna@kommun.se');
    await submit();
    http
      .expectOne('/api/auth/password-reset')
      .flush({ statusCode: 429, message: 'ThrottlerException: Too Many Requests' }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(alertText()).toContain('För många försök. Vänta en stund och försök sedan igen.');
    expect(alertText()).not.toContain('ThrottlerException');
    expect(statusText()).toBe('');
    expect(submitButton().disabled).toBe(false);
  });

  it('says so readably when the server cannot be reached', async () => {
    await render();
    await type('anna@kommun.se');
    await submit();
    http.expectOne('/api/auth/password-reset').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(alertText()).toContain('Det gick inte att nå servern.');
  });
});
