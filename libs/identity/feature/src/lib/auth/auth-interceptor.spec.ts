import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { errorInterceptor, provideI18n, sharedTexts } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { AuthService, SESSION_STORAGE_KEY } from './auth';
import { authInterceptor } from './auth-interceptor';

describe('authInterceptor', () => {
  let client: HttpClient;
  let http: HttpTestingController;
  let auth: AuthService;

  async function signIn(): Promise<void> {
    const login = firstValueFrom(auth.login({ email: 'a@b.se', password: 'x' }));
    http.expectOne('/api/auth/login').flush({
      accessToken: 'secret',
      expiresIn: 60,
      user: { id: '1', email: 'a@b.se', name: 'A', roles: ['admin'] },
    });
    await login;
  }

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideI18n({ texts: [sharedTexts] }),
        provideHttpClient(withInterceptors([errorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    client = TestBed.inject(HttpClient);
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => http.verify());

  it('sends no Authorization header when signed out', () => {
    client.get('/api/focus-areas').subscribe();
    const request = http.expectOne('/api/focus-areas');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush([]);
  });

  it('adds the bearer token to API calls when signed in', async () => {
    await signIn();
    client.get('/api/users').subscribe();
    const request = http.expectOne('/api/users');
    expect(request.request.headers.get('Authorization')).toBe('Bearer secret');
    request.flush({ items: [], total: 0 });
  });

  it('never sends the token to another origin', async () => {
    await signIn();
    client.get('https://example.org/api/x').subscribe();
    const request = http.expectOne('https://example.org/api/x');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({});
  });

  it('stops sending an expired token', async () => {
    await signIn();
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    client.get('/api/users').subscribe({ error: () => undefined });
    const request = http.expectOne('/api/users');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(null, { status: 401, statusText: 'Unauthorized' });
    spy.mockRestore();
    expect(auth.isAuthenticated()).toBe(false);
  });

  it('forgets the session when the API refuses the token, and passes the error on', async () => {
    await signIn();
    const result = firstValueFrom(client.get('/api/users'));
    http.expectOne('/api/users').flush({ statusCode: 401, message: 'Token refused' }, { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toMatchObject({ statusCode: 401, message: 'Token refused' });
    expect(auth.isAuthenticated()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('keeps the session on a 403 (signed in, just not allowed)', async () => {
    await signIn();
    const result = firstValueFrom(client.get('/api/users'));
    http.expectOne('/api/users').flush({ statusCode: 403, message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await expect(result).rejects.toMatchObject({ statusCode: 403 });
    expect(auth.isAuthenticated()).toBe(true);
  });
});
