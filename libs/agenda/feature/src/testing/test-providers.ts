import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import type { AgendaItemResponse, ProgrammeItem, RoomResponse } from '@samverkan/agenda/contract';
import { authInterceptor, identitySv } from '@samverkan/identity/feature';
import { LanguageService, errorInterceptor, loadSharedEn, provideI18n, sharedSv } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { agendaEn } from '../lib/i18n/en';
import { agendaPagesSv } from '../lib/i18n/pages-sv';

/** What a page of this domain needs in a spec: real texts, the real interceptors, a fake backend. */
export function agendaTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideI18n({
      sv: [sharedSv, identitySv, agendaPagesSv],
      en: () => Promise.all([loadSharedEn(), Promise.resolve(agendaEn)]),
    }),
    provideHttpClient(withInterceptors([errorInterceptor, authInterceptor])),
    provideHttpClientTesting(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** Switches the UI language the way the app does. */
export async function useLanguage(language: 'sv' | 'en'): Promise<void> {
  await firstValueFrom(TestBed.inject(LanguageService).use(language));
  await firstValueFrom(TestBed.inject(TranslateService).use(language));
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
    speakers: [{ name: 'Anna Berg', organisation: 'Finspångs kommun' }],
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
