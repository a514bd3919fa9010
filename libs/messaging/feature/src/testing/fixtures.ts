import type { EnvironmentProviders, Provider } from '@angular/core';
import { conferencesStartupTexts } from '@samverkan/conferences/feature';
import { authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { testProviders } from '@samverkan/shared/ui-testing';
import { MESSAGING_TEXTS } from '../lib/i18n/texts';

/** What a page of this domain needs in a spec: its real texts, the real interceptors, a fake backend. */
export function messagingTestProviders(): (Provider | EnvironmentProviders)[] {
  return testProviders({ texts: [identityStartupTexts, conferencesStartupTexts, ...MESSAGING_TEXTS], interceptors: [authInterceptor] });
}
