import type { EnvironmentProviders, Provider } from '@angular/core';
import { authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { strategyStartupTexts } from '@samverkan/strategy/feature';
import { testProviders } from '@samverkan/shared/ui-testing';
import { PROPOSALS_TEXTS } from '../lib/i18n/texts';
import type { ProposalResponse } from '@samverkan/proposals/contract';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';

/** What a page of this domain needs in a spec: its real texts, the real interceptors, a fake backend. */
export function proposalsTestProviders(): (Provider | EnvironmentProviders)[] {
  return testProviders({ texts: [identityStartupTexts, strategyStartupTexts, ...PROPOSALS_TEXTS], interceptors: [authInterceptor] });
}

export const FOCUS_AREAS: FocusAreaResponse[] = [
  { code: 'infrastructure', titleSv: 'En infrastruktur i alla dimensioner', titleEn: 'Infrastructure in every dimension', descriptionSv: '', descriptionEn: '' },
  { code: 'skills', titleSv: 'Kompetensförsörjning för konkurrenskraft', titleEn: 'Skills supply for competitiveness', descriptionSv: '', descriptionEn: '' },
  { code: 'living-environment', titleSv: 'En attraktiv livsmiljö', titleEn: 'An attractive living environment', descriptionSv: '', descriptionEn: '' },
];

/** A submitted theme proposal by Pelle, as the API returns it to another council member. */
export function aProposal(overrides: Partial<ProposalResponse> = {}): ProposalResponse {
  return {
    id: 'p-1',
    kind: 'theme',
    title: 'Elnätet som flaskhals',
    summary: 'Hur kommuner och nätbolag kan samarbeta om effektbristen.',
    state: 'submitted',
    focusAreaCodes: ['infrastructure', 'skills'],
    targetConferenceId: 'c-1',
    targetConferenceTitle: 'Industrikommunernas vårkonferens',
    proposerId: 'u-pelle',
    proposerName: 'Pelle Programråd',
    submittedAt: '2027-01-10T10:00:00+01:00',
    commentCount: 0,
    reviewCount: 0,
    scores: null,
    description: null,
    format: null,
    durationMinutes: null,
    speakers: [],
    createdAt: '2027-01-09T10:00:00+01:00',
    updatedAt: '2027-01-10T10:00:00+01:00',
    decision: null,
    origin: null,
    can: { edit: false, submit: false, withdraw: false, review: true, decide: false },
    ...overrides,
  };
}
