import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import { authInterceptor, identitySv, loadIdentityEn } from '@samverkan/identity/feature';
import type { ProposalResponse } from '@samverkan/proposals/contract';
import { LanguageService, errorInterceptor, loadSharedEn, provideI18n, sharedSv } from '@samverkan/shared/ui';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import { loadStrategyEn, strategySv } from '@samverkan/strategy/feature';
import { firstValueFrom } from 'rxjs';
import { proposalsEn } from '../lib/i18n/en';
import { proposalPagesSv } from '../lib/i18n/pages-sv';
import { lineageSv } from '../lib/lineage/lineage-sv';

/** What a page of this domain needs in a spec: real texts, the real interceptors, a fake backend. */
export function proposalsTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideI18n({
      sv: [sharedSv, identitySv, strategySv, lineageSv, proposalPagesSv],
      en: () => Promise.all([loadSharedEn(), loadIdentityEn(), loadStrategyEn(), Promise.resolve(proposalsEn)]),
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
    can: { edit: false, submit: false, withdraw: false, review: true, decide: false },
    ...overrides,
  };
}
