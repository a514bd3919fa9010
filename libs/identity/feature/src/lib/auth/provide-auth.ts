import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { AuthService } from './auth';

/** Restores a stored session before the first navigation, so guards know who is signed in. */
export function provideAuth(): EnvironmentProviders {
  return provideAppInitializer(() => inject(AuthService).restore());
}
