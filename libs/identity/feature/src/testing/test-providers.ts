import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import { errorInterceptor, loadSharedEn, provideI18n, sharedSv } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from '../lib/auth/auth-interceptor';
import { identityEn } from '../lib/i18n/en';
import { identityPagesSv } from '../lib/i18n/pages-sv';
import { identityStaffSv } from '../lib/i18n/staff-sv';
import { identitySv } from '../lib/i18n/sv';

/** What a page of this domain needs in a spec: real texts, the real interceptors, a fake backend. */
export function identityTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    // The password-reset and staff pages' Swedish texts load with their routes in the app; here they are simply there.
    provideI18n({ sv: [sharedSv, identitySv, identityPagesSv, identityStaffSv], en: () => Promise.all([loadSharedEn(), Promise.resolve(identityEn)]) }),
    provideHttpClient(withInterceptors([errorInterceptor, authInterceptor])),
    provideHttpClientTesting(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

export async function useLanguage(language: 'sv' | 'en'): Promise<void> {
  await firstValueFrom(TestBed.inject(TranslateService).use(language));
}
