import type { EnvironmentProviders, Provider } from '@angular/core';
import { testProviders } from '@samverkan/shared/ui-testing';
import { authInterceptor } from '../lib/auth/auth-interceptor';
import { IDENTITY_TEXTS } from '../lib/i18n/texts';
/** What a page of this domain needs in a spec: its real texts, the real interceptors, a fake backend. */
export function identityTestProviders(): (Provider | EnvironmentProviders)[] {
  return testProviders({ texts: [...IDENTITY_TEXTS], interceptors: [authInterceptor] });
}

