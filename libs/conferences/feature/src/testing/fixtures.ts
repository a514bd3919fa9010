import type { EnvironmentProviders, Provider } from '@angular/core';
import { authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { strategyStartupTexts } from '@samverkan/strategy/feature';
import { testProviders } from '@samverkan/shared/ui-testing';
import { CONFERENCES_TEXTS } from '../lib/i18n/texts';
import type { ConferenceResponse } from '@samverkan/conferences/contract';

/** What a page of this domain needs in a spec: its real texts, the real interceptors, a fake backend. */
export function conferencesTestProviders(): (Provider | EnvironmentProviders)[] {
  return testProviders({ texts: [identityStartupTexts, strategyStartupTexts, ...CONFERENCES_TEXTS], interceptors: [authInterceptor] });
}

/** The demo conference as the API returns it: published, open, 150 seats. */
export function aConference(overrides: Partial<ConferenceResponse> = {}): ConferenceResponse {
  return {
    id: '7f0c7a4e-0000-4000-8000-000000000001',
    slug: 'industrikommunernas-varkonferens-2027',
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
