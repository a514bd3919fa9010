import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LoginResponse, UserSummary } from '@samverkan/identity/contract';
import { errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { AUTH_API, AuthService, SESSION_STORAGE_KEY } from './auth';
import { authInterceptor } from './auth-interceptor';

const anna: UserSummary = { id: 'u-1', email: 'anna@demo.samverkan.se', name: 'Anna Admin', roles: ['admin'] };
const loginResponse: LoginResponse = { accessToken: 'token-1', expiresIn: 3600, user: anna };

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  function setUp(): void {
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => http.verify());

  it('signs in: posts the credentials, stores the token and exposes the user and roles', async () => {
    setUp();
    const result = firstValueFrom(auth.login({ email: anna.email, password: 'samverkan-demo' }));
    const request = http.expectOne(AUTH_API.login);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: anna.email, password: 'samverkan-demo' });
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(loginResponse);

    await expect(result).resolves.toEqual(anna);
    expect(auth.user()).toEqual(anna);
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.can('users.manage')).toBe(true);
    expect(auth.can('proposals.review')).toBe(false);
    expect(auth.accessToken()).toBe('token-1');
    const stored = JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '{}');
    expect(stored.accessToken).toBe('token-1');
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 3500 * 1000);
  });

  it('stays signed out when the API refuses the credentials, passing its message on', async () => {
    setUp();
    const result = firstValueFrom(auth.login({ email: anna.email, password: 'fel' }));
    http
      .expectOne(AUTH_API.login)
      .flush({ statusCode: 401, message: 'Fel e-postadress eller lösenord.' }, { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toMatchObject({ statusCode: 401, message: 'Fel e-postadress eller lösenord.' });
    expect(auth.isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('restores a stored session with GET /api/auth/me, sending the stored token', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'stored', expiresAt: Date.now() + 60_000 }));
    setUp();
    const result = firstValueFrom(auth.restore());
    const request = http.expectOne(AUTH_API.me);
    expect(request.request.headers.get('Authorization')).toBe('Bearer stored');
    request.flush(anna);
    await expect(result).resolves.toEqual(anna);
    expect(auth.user()).toEqual(anna);
  });

  it('forgets a stored token the API refuses', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'revoked', expiresAt: Date.now() + 60_000 }));
    setUp();
    const result = firstValueFrom(auth.restore());
    http.expectOne(AUTH_API.me).flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await expect(result).resolves.toBeNull();
    expect(auth.isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('keeps the stored token when the API cannot be reached, but is signed out for now', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'stored', expiresAt: Date.now() + 60_000 }));
    setUp();
    const result = firstValueFrom(auth.restore());
    http.expectOne(AUTH_API.me).error(new ProgressEvent('error'));
    await expect(result).resolves.toBeNull();
    expect(auth.isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toBeNull();
  });

  it('does not call the API for an expired stored token, and removes it', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'old', expiresAt: Date.now() - 1 }));
    setUp();
    await expect(firstValueFrom(auth.restore())).resolves.toBeNull();
    http.expectNone(AUTH_API.me);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('ignores garbage in storage', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    setUp();
    await expect(firstValueFrom(auth.restore())).resolves.toBeNull();
    http.expectNone(AUTH_API.me);
  });

  it('signs out: POST /api/auth/logout with the token, then forgets the session', async () => {
    setUp();
    const login = firstValueFrom(auth.login({ email: anna.email, password: 'samverkan-demo' }));
    http.expectOne(AUTH_API.login).flush(loginResponse);
    await login;

    const logout = firstValueFrom(auth.logout(), { defaultValue: undefined });
    const request = http.expectOne(AUTH_API.logout);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await logout;

    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.accessToken()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('forgets the session even when the logout request fails', async () => {
    setUp();
    const login = firstValueFrom(auth.login({ email: anna.email, password: 'samverkan-demo' }));
    http.expectOne(AUTH_API.login).flush(loginResponse);
    await login;

    const logout = firstValueFrom(auth.logout(), { defaultValue: undefined });
    http.expectOne(AUTH_API.logout).error(new ProgressEvent('error'));
    await expect(logout).rejects.toMatchObject({ statusCode: 0 });
    expect(auth.isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
