import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Role } from '@samverkan/identity/contract';
import { firstValueFrom } from 'rxjs';
import { AuthService } from './auth';
import { roleGuard } from './role-guard';
import { roleHomePath } from './role-home';

@Component({ template: '' })
class Blank {}

describe('roleGuard', () => {
  let router: Router;

  async function signInWith(roles: Role[]): Promise<void> {
    const auth = TestBed.inject(AuthService);
    const login = firstValueFrom(auth.login({ email: 'x@y.se', password: 'p' }));
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresIn: 60, user: { id: '1', email: 'x@y.se', name: 'X', roles } });
    await login;
  }

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: Blank },
          { path: 'logga-in', component: Blank },
          { path: 'admin', component: Blank, canActivate: [roleGuard('admin')] },
          { path: 'arbetsutskottet', component: Blank, canActivate: [roleGuard('working-committee')] },
          { path: 'programradet', component: Blank, canActivate: [roleGuard('programme-council')] },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  it('sends a signed-out visitor to the login page with a way back', async () => {
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/logga-in?returnUrl=%2Fadmin');
  });

  it('lets a user with the role in', async () => {
    await signInWith(['admin']);
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/admin');
  });

  it('sends a user without the role to their own home', async () => {
    await signInWith(['programme-council']);
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/programradet');
  });
});

describe('roleHomePath', () => {
  it('picks the home of the most powerful role', () => {
    expect(roleHomePath(['programme-council', 'admin'])).toBe('/admin');
    expect(roleHomePath(['programme-council', 'working-committee'])).toBe('/arbetsutskottet');
    expect(roleHomePath(['programme-council'])).toBe('/programradet');
    expect(roleHomePath([])).toBe('/');
  });
});
