import type { EnvironmentProviders, Provider } from '@angular/core';
import { authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { strategyStartupTexts } from '@samverkan/strategy/feature';
import { testProviders } from '@samverkan/shared/ui-testing';
import { committeePagesTexts } from '../lib/i18n/texts';
import type { MeetingItemResponse, MeetingResponse } from '@samverkan/committee/contract';

/** What a page of this domain needs in a spec: its real texts, the real interceptors, a fake backend. */
export function committeeTestProviders(): (Provider | EnvironmentProviders)[] {
  return testProviders({ texts: [identityStartupTexts, strategyStartupTexts, committeePagesTexts], interceptors: [authInterceptor] });
}

export function anItem(id: string, title: string, overrides: Partial<MeetingItemResponse> = {}): MeetingItemResponse {
  return {
    id,
    position: 0,
    kind: 'standard',
    title,
    proposalId: null,
    strategyId: null,
    actionItemId: null,
    decisionText: null,
    outcome: null,
    motivation: null,
    decidedAt: null,
    actionItems: [],
    previousMinutes: null,
    ...overrides,
  };
}

export const ULLA = { id: 'u-ulla', name: 'Ulla Utskott', email: 'utskott@demo.samverkan.se' };
export const ADA = { id: 'u-ada', name: 'Ada Administratör', email: 'admin@demo.samverkan.se' };

/** A draft meeting chaired by Ulla, with Ada as participant and a proposal on the agenda. */
export function aMeeting(overrides: Partial<MeetingResponse> = {}): MeetingResponse {
  return {
    id: 'm-1',
    title: 'Arbetsutskottets möte 3/2027',
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
