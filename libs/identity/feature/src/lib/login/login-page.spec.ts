import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { identityTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { LoginPage } from './login-page';

@Component({ template: '' })
class Blank {}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let router: Router;

  async function render(url = '/logga-in'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        ...identityTestProviders(),
        provideRouter([
          { path: 'logga-in', component: LoginPage },
          { path: 'admin', component: Blank },
          { path: 'programradet', component: Blank },
          { path: 'admin/anvandare', component: Blank },
        ]),
      ],
    });
    await useLanguage('sv');
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
  }

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const input = (name: string): HTMLInputElement =>
    element().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  const fieldError = (name: string): string => input(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  const alertText = (): string => element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    input(name).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => http.verify());

  it('shows what is missing next to each field and sends nothing', async () => {
    await render();
    await submit();
    expect(fieldError('email')).toBe('Fältet måste fyllas i.');
    expect(fieldError('password')).toBe('Fältet måste fyllas i.');
    const errorId = input('email').closest('mat-form-field')?.querySelector('mat-error')?.id ?? 'none';
    expect(input('email').getAttribute('aria-describedby')).toContain(errorId);
    expect(document.activeElement).toBe(input('email'));
    http.expectNone('/api/auth/login');
  });

  it('links to the page for a forgotten password', async () => {
    await render();
    const link = element().querySelector<HTMLAnchorElement>('a[href="/glomt-losenord"]');
    expect(link?.textContent?.trim()).toBe('Glömt lösenordet?');
  });

  it('rejects an e-mail address without a domain', async () => {
    await render();
    await type('email', 'anna');
    await type('password', 'samverkan-demo');
    await submit();
    expect(fieldError('email')).toBe('Ange en giltig e-postadress, till exempel namn@kommun.se.');
    expect(fieldError('password')).toBe('');
    http.expectNone('/api/auth/login');
  });

  it("signs in and goes to the user's role home", async () => {
    await render();
    await type('email', 'programrad@demo.samverkan.se');
    await type('password', 'samverkan-demo');
    await submit();
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'programrad@demo.samverkan.se', password: 'samverkan-demo' });
    request.flush({
      accessToken: 't',
      expiresIn: 900,
      user: { id: '2', email: 'programrad@demo.samverkan.se', name: 'Per', roles: ['programme-council'] },
    });
    await fixture.whenStable();
    expect(router.url).toBe('/programradet');
  });

  it('goes back to the page that asked for login', async () => {
    await render('/logga-in?returnUrl=%2Fadmin%2Fanvandare');
    await type('email', 'admin@demo.samverkan.se');
    await type('password', 'samverkan-demo');
    await submit();
    http.expectOne('/api/auth/login').flush({
      accessToken: 't',
      expiresIn: 900,
      user: { id: '1', email: 'admin@demo.samverkan.se', name: 'Ada', roles: ['admin'] },
    });
    await fixture.whenStable();
    expect(router.url).toBe('/admin/anvandare');
  });

  it('ignores a return address on another site', async () => {
    await render('/logga-in?returnUrl=%2F%2Fevil.example');
    await type('email', 'admin@demo.samverkan.se');
    await type('password', 'samverkan-demo');
    await submit();
    http.expectOne('/api/auth/login').flush({
      accessToken: 't',
      expiresIn: 900,
      user: { id: '1', email: 'admin@demo.samverkan.se', name: 'Ada', roles: ['admin'] },
    });
    await fixture.whenStable();
    expect(router.url).toBe('/admin');
  });

  it("shows the API's message for wrong credentials and stays on the page", async () => {
    await render();
    await type('email', 'admin@demo.samverkan.se');
    await type('password', 'fel-lösenord');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, message: 'Fel e-postadress eller lösenord.' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(alertText()).toContain('Fel e-postadress eller lösenord.');
    expect(router.url).toBe('/logga-in');
    expect((element().querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says "too many attempts" on 429, in the current language', async () => {
    await render();
    await type('email', 'admin@demo.samverkan.se');
    await type('password', 'fel');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 429, message: 'ThrottlerException: Too Many Requests' }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(alertText()).toContain('För många försök. Vänta en stund och försök sedan igen.');
    expect(alertText()).not.toContain('ThrottlerException');

    await useLanguage('en');
    await fixture.whenStable();
    expect(alertText()).toContain('Too many attempts. Wait a while and then try again.');
  });

  it('shows API field errors next to the field', async () => {
    await render();
    await type('email', 'admin@demo.samverkan.se');
    await type('password', 'x');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 400, message: 'Ange en giltig e-postadress.', errors: { email: 'isEmail' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(fieldError('email')).toBe('Ange en giltig e-postadress.');
    expect(alertText()).toBe('');
  });
});
