import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import type { MeetingItemResponse, MeetingResponse } from '@samverkan/committee/contract';
import { authInterceptor, identitySv, loadIdentityEn } from '@samverkan/identity/feature';
import { loadProposalsEn } from '@samverkan/proposals/feature';
import { LanguageService, errorInterceptor, loadSharedEn, provideI18n, sharedSv } from '@samverkan/shared/ui';
import { loadStrategyEn, strategySv } from '@samverkan/strategy/feature';
import { firstValueFrom } from 'rxjs';
import { committeeEn } from '../lib/i18n/en';
import { committeePagesSv } from '../lib/i18n/pages-sv';

/** What a page of this domain needs in a spec: real texts, the real interceptors, a fake backend. */
export function committeeTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideI18n({
      sv: [sharedSv, identitySv, strategySv, committeePagesSv],
      en: () => Promise.all([loadSharedEn(), loadIdentityEn(), loadStrategyEn(), loadProposalsEn(), Promise.resolve(committeeEn)]),
    }),
    provideHttpClient(withInterceptors([errorInterceptor, authInterceptor])),
    provideHttpClientTesting(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

export async function useLanguage(language: 'sv' | 'en'): Promise<void> {
  await firstValueFrom(TestBed.inject(LanguageService).use(language));
  await firstValueFrom(TestBed.inject(TranslateService).use(language));
}

export function anItem(id: string, title: string, overrides: Partial<MeetingItemResponse> = {}): MeetingItemResponse {
  return {
    id,
    position: 0,
    kind: 'standard',
    title,
    proposalId: null,
    actionItemId: null,
    decisionText: null,
    outcome: null,
    motivation: null,
    decidedAt: null,
    actionItems: [],
    ...overrides,
  };
}

export const ULLA = { id: 'u-ulla', name: 'Ulla Utskott', email: 'utskott@demo.samverkan.se' };
export const ADA = { id: 'u-ada', name: 'Ada Administratör', email: 'admin@demo.samverkan.se' };

/** A draft meeting chaired by Ulla, with Ada as participant and a proposal on the agenda. */
export function aMeeting(overrides: Partial<MeetingResponse> = {}): MeetingResponse {
  return {
    id: 'm-1',
    title: 'Arbetsutskottets sammanträde 3/2027',
    startsAt: '2027-03-02T09:00:00+01:00',
    endsAt: '2027-03-02T11:00:00+01:00',
    place: 'Finspång',
    videoLink: null,
    minutesStatus: 'draft',
    noticeSentAt: null,
    chairId: ULLA.id,
    chairName: ULLA.name,
    minutesApproverId: null,
    minutesApproverName: null,
    chairApprovedAt: null,
    approverApprovedAt: null,
    lockedAt: null,
    participants: [
      { userId: ADA.id, name: ADA.name, email: ADA.email, present: null },
      { userId: ULLA.id, name: ULLA.name, email: ULLA.email, present: null },
    ],
    items: [
      anItem('i-1', 'Mötets öppnande'),
      anItem('i-2', 'Godkännande av dagordningen'),
      anItem('i-3', 'Val av justerare'),
      anItem('i-4', 'Beslut om förslag: Elnätet som flaskhals', { kind: 'proposal', proposalId: 'p-1' }),
      anItem('i-5', 'Övriga frågor', { kind: 'other' }),
    ],
    ...overrides,
  };
}
