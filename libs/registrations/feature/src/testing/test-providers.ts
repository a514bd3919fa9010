import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { conferencesSv, loadConferencesEn } from '@samverkan/conferences/feature';
import { authInterceptor, identitySv, loadIdentityEn } from '@samverkan/identity/feature';
import type { AttendeeResponse, RegistrationResponse } from '@samverkan/registrations/contract';
import { LanguageService, errorInterceptor, loadSharedEn, provideI18n, sharedSv } from '@samverkan/shared/ui';
import { firstValueFrom } from 'rxjs';
import { registrationsEn } from '../lib/i18n/en';
import { registrationsStaffSv } from '../lib/i18n/staff-sv';
import { registrationsPagesSv } from '../lib/i18n/pages-sv';

/** What a page of this domain needs in a spec: real texts, the real interceptors, a fake backend. */
export function registrationsTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideI18n({
      // The pages' Swedish texts load with their routes in the app; here they are simply there.
      sv: [sharedSv, identitySv, conferencesSv, registrationsPagesSv, registrationsStaffSv],
      en: () => Promise.all([loadSharedEn(), loadIdentityEn(), loadConferencesEn(), Promise.resolve(registrationsEn)]),
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

/** Removes dialogs a test left open (the overlay container outlives the fixture). */
export function closeOverlays(): void {
  document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
}

/** Lets a dialog that opens after a dynamic import (the confirm dialog) render. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

export const CONFERENCE_ID = '7f0c7a4e-0000-4000-8000-000000000001';

export function aConference(overrides: Partial<ConferenceResponse> = {}): ConferenceResponse {
  return {
    id: CONFERENCE_ID,
    status: 'published',
    titleSv: 'Industrikommunernas vårkonferens',
    titleEn: "Industrial municipalities' spring conference",
    descriptionSv: null,
    descriptionEn: null,
    hostOrganisationId: null,
    hostOrganisationName: null,
    venue: 'Arena Finspång',
    address: null,
    startsAt: '2027-04-14T09:00:00+02:00',
    endsAt: '2027-04-15T16:00:00+02:00',
    capacity: 150,
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationOpen: true,
    confirmedCount: 12,
    seatsLeft: 138,
    focusAreas: [],
    themes: [],
    publishedAt: null,
    ...overrides,
  };
}

export function aRegistration(overrides: Partial<RegistrationResponse> = {}): RegistrationResponse {
  return {
    id: 'r-1',
    conferenceId: CONFERENCE_ID,
    conferenceTitleSv: 'Industrikommunernas vårkonferens',
    conferenceTitleEn: "Industrial municipalities' spring conference",
    conferenceStartsAt: '2027-04-14T09:00:00+02:00',
    conferenceEndsAt: '2027-04-15T16:00:00+02:00',
    status: 'confirmed',
    waitlistPosition: null,
    firstName: 'Anna',
    lastName: 'Andersson',
    email: 'anna@finspang.se',
    organisationName: 'Finspångs kommun',
    organisationType: 'municipality',
    title: null,
    dietaryNeeds: 'Vegetariskt',
    accessibilityNeeds: null,
    language: 'sv',
    showOnAttendeeList: false,
    calendarUrl: 'http://localhost/api/calendar/registrations/cal-1.ics',
    createdAt: '2027-02-01T10:00:00+01:00',
    cancelledAt: null,
    ...overrides,
  };
}

export function anAttendee(overrides: Partial<AttendeeResponse> = {}): AttendeeResponse {
  return {
    id: 'r-1',
    status: 'confirmed',
    waitlistPosition: null,
    firstName: 'Anna',
    lastName: 'Andersson',
    email: 'anna@finspang.se',
    organisationName: 'Finspångs kommun',
    organisationType: 'municipality',
    title: null,
    dietaryNeeds: 'Vegetariskt',
    accessibilityNeeds: null,
    language: 'sv',
    checkedIn: false,
    createdAt: '2027-02-01T10:00:00+01:00',
    ...overrides,
  };
}
