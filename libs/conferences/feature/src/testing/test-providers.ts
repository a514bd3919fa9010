import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { authInterceptor, identitySv, loadIdentityEn } from '@samverkan/identity/feature';
import { LanguageService, errorInterceptor, loadSharedEn, provideI18n, sharedSv } from '@samverkan/shared/ui';
import { loadStrategyEn, strategySv } from '@samverkan/strategy/feature';
import { firstValueFrom } from 'rxjs';
import { conferencesEn } from '../lib/i18n/en';
import { conferencesPagesSv } from '../lib/i18n/pages-sv';
import { conferencesStaffSv } from '../lib/i18n/staff-sv';
import { conferencesSv } from '../lib/i18n/sv';

/** What a page of this domain needs in a spec: real texts, the real interceptors, a fake backend. */
export function conferencesTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideI18n({
      // The staff pages' Swedish texts load with their routes in the app; here they are simply there.
      sv: [sharedSv, identitySv, strategySv, conferencesSv, conferencesPagesSv, conferencesStaffSv],
      en: () => Promise.all([loadSharedEn(), loadIdentityEn(), loadStrategyEn(), Promise.resolve(conferencesEn)]),
    }),
    provideHttpClient(withInterceptors([errorInterceptor, authInterceptor])),
    provideHttpClientTesting(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** Switches the UI language the way the app does (LanguageService keeps <html lang> and the signal in step). */
export async function useLanguage(language: 'sv' | 'en'): Promise<void> {
  await firstValueFrom(TestBed.inject(LanguageService).use(language));
  await firstValueFrom(TestBed.inject(TranslateService).use(language));
}

/** The demo conference as the API returns it: published, open, 150 seats. */
export function aConference(overrides: Partial<ConferenceResponse> = {}): ConferenceResponse {
  return {
    id: '7f0c7a4e-0000-4000-8000-000000000001',
    status: 'published',
    titleSv: 'Industrikommunernas vårkonferens',
    titleEn: "Industrial municipalities' spring conference",
    descriptionSv: 'Två dagar om kompetens och infrastruktur.',
    descriptionEn: 'Two days on skills and infrastructure.',
    hostOrganisationId: 'o-1',
    hostOrganisationName: 'Finspångs kommun',
    venue: 'Arena Finspång',
    address: 'Bergslagsvägen 1, Finspång',
    startsAt: '2027-04-14T09:00:00+02:00',
    endsAt: '2027-04-15T16:00:00+02:00',
    capacity: 150,
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationOpen: true,
    confirmedCount: 12,
    seatsLeft: 138,
    focusAreas: [
      { code: 'skills', titleSv: 'Kompetensförsörjning för konkurrenskraft', titleEn: 'Skills supply for competitiveness' },
      { code: 'infrastructure', titleSv: 'En infrastruktur i alla dimensioner', titleEn: 'Infrastructure in every dimension' },
    ],
    themes: [
      {
        id: 't-1',
        titleSv: 'Elnätet som flaskhals',
        titleEn: 'The power grid as a bottleneck',
        descriptionSv: 'Hur kommuner och nätbolag kan samarbeta.',
        descriptionEn: null,
        sourceProposalId: null,
        focusAreas: [
          { code: 'infrastructure', titleSv: 'En infrastruktur i alla dimensioner', titleEn: 'Infrastructure in every dimension' },
        ],
      },
    ],
    publishedAt: '2027-01-10T10:00:00+01:00',
    ...overrides,
  };
}
