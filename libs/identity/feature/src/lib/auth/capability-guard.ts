import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Capability } from '@samverkan/identity/contract';
import { AuthService } from './auth';
import { LOGIN_PATH, roleHomePath } from './role-home';

/**
 * Lets a user with a capability of the role table (identity contract) through. Someone signed out goes
 * to the login page (and back here after signing in); someone without it goes to their own home.
 */
export function capabilityGuard(capability: Capability): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (!auth.isAuthenticated()) {
      return router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
    }
    return auth.can(capability) ? true : router.parseUrl(roleHomePath(auth.roles()));
  };
}
