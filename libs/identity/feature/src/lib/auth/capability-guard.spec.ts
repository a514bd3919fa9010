import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Role } from '@samverkan/identity/contract';
import { firstValueFrom } from 'rxjs';
import { AuthService } from './auth';
import { capabilityGuard } from './capability-guard';
import { homesOf, roleHomePath } from './role-home';

@Component({ template: '' })
class Blank {}

describe('capabilityGuard', () => {
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
          { path: 'admin', component: Blank, canActivate: [capabilityGuard('users.manage')] },
          { path: 'arbetsutskottet', component: Blank, canActivate: [capabilityGuard('meetings.manage')] },
          { path: 'arbetsutskottet/fokustackning', component: Blank, canActivate: [capabilityGuard('coverage.read')] },
          { path: 'programradet', component: Blank, canActivate: [capabilityGuard('proposals.review')] },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  it('sends a signed-out visitor to the login page with a way back', async () => {
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/logga-in?returnUrl=%2Fadmin');
  });

  it('lets a user whose role has the capability in', async () => {
    await signInWith(['admin']);
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/admin');
    await router.navigateByUrl('/arbetsutskottet/fokustackning');
    expect(router.url).toBe('/arbetsutskottet/fokustackning');
  });

  it('sends a user without the capability to their own home', async () => {
    await signInWith(['programme-council']);
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/programradet');
    await router.navigateByUrl('/arbetsutskottet/fokustackning');
    expect(router.url).toBe('/programradet');
  });

  it('sends the working committee from the administrator\'s pages to its home', async () => {
    await signInWith(['working-committee']);
    await router.navigateByUrl('/admin');
    expect(router.url).toBe('/arbetsutskottet');
  });
});

describe('roleHomePath', () => {
  it('picks the home of the most powerful role', () => {
    expect(roleHomePath(['programme-council', 'admin'])).toBe('/admin');
    expect(roleHomePath(['programme-council', 'working-committee'])).toBe('/arbetsutskottet');
    expect(roleHomePath(['programme-council'])).toBe('/programradet');
    expect(roleHomePath([])).toBe('/');
  });

  it('lists the homes a user may open: an administrator also the working committee\'s', () => {
    expect(homesOf(['admin']).map((home) => home.path)).toEqual(['/admin', '/arbetsutskottet']);
    expect(homesOf(['working-committee']).map((home) => home.path)).toEqual(['/arbetsutskottet']);
    expect(homesOf(['programme-council']).map((home) => home.path)).toEqual(['/programradet']);
  });
});
