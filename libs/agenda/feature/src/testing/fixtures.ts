import type { EnvironmentProviders, Provider } from '@angular/core';
import { authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { testProviders } from '@samverkan/shared/ui-testing';
import { agendaPagesTexts } from '../lib/i18n/texts';
import type { AgendaItemResponse, ProgrammeItem, RoomResponse } from '@samverkan/agenda/contract';

/** What a page of this domain needs in a spec: its real texts, the real interceptors, a fake backend. */
export function agendaTestProviders(): (Provider | EnvironmentProviders)[] {
  return testProviders({ texts: [identityStartupTexts, agendaPagesTexts], interceptors: [authInterceptor] });
}

export const CONFERENCE_ID = '7f0c7a4e-0000-4000-8000-000000000001';

export function aRoom(overrides: Partial<RoomResponse> = {}): RoomResponse {
  return { id: 'r-1', name: 'Stora salen', capacity: 200, accessibilityNotes: null, position: 0, ...overrides };
}

export function aProgrammeItem(overrides: Partial<ProgrammeItem> = {}): ProgrammeItem {
  return {
    id: 'i-1',
    titleSv: 'Elnätet som flaskhals',
    titleEn: 'The power grid as a bottleneck',
    descriptionSv: 'Kommuner och nätbolag.',
    descriptionEn: null,
    type: 'seminar',
    startsAt: '2027-04-14T09:00:00+02:00',
    endsAt: '2027-04-14T10:00:00+02:00',
    roomId: 'r-1',
    roomName: 'Stora salen',
    themeId: null,
    speakers: [{ id: 's-1', name: 'Anna Berg', title: null, organisation: 'Finspångs kommun' }],
    focusAreaCodes: ['infrastructure'],
    signupRequired: false,
    signupCapacity: null,
    sequence: 0,
    ...overrides,
  };
}

export function anAgendaItem(overrides: Partial<AgendaItemResponse> = {}): AgendaItemResponse {
  return {
    id: 'i-1',
    conferenceId: CONFERENCE_ID,
    titleSv: 'Elnätet som flaskhals',
    titleEn: null,
    descriptionSv: null,
    descriptionEn: null,
    type: 'seminar',
    startsAt: '2027-04-14T09:00:00+02:00',
    endsAt: '2027-04-14T10:00:00+02:00',
    roomId: 'r-1',
    roomName: 'Stora salen',
    themeId: null,
    sourceProposalId: null,
    speakers: [],
    focusAreaCodes: [],
    signupRequired: false,
    signupCapacity: null,
    signupCount: 0,
    version: 3,
    conflicts: [],
    ...overrides,
  };
}
