import type { EnvironmentProviders, Provider } from '@angular/core';
import { conferencesStartupTexts } from '@samverkan/conferences/feature';
import { authInterceptor, identityStartupTexts } from '@samverkan/identity/feature';
import { testProviders } from '@samverkan/shared/ui-testing';
import { REGISTRATIONS_TEXTS } from '../lib/i18n/texts';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { AttendeeResponse, RegistrationResponse } from '@samverkan/registrations/contract';

/** What a page of this domain needs in a spec: its real texts, the real interceptors, a fake backend. */
export function registrationsTestProviders(): (Provider | EnvironmentProviders)[] {
  return testProviders({ texts: [identityStartupTexts, conferencesStartupTexts, ...REGISTRATIONS_TEXTS], interceptors: [authInterceptor] });
}

export const CONFERENCE_ID = '7f0c7a4e-0000-4000-8000-000000000001';

export function aConference(overrides: Partial<ConferenceResponse> = {}): ConferenceResponse {
  return {
    id: CONFERENCE_ID,
    slug: 'industrikommunernas-varkonferens-2027',
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
    healthDataConsent: true,
    dietaryNeeds: 'Vegetariskt',
    accessibilityNeeds: null,
    language: 'sv',
    showOnAttendeeList: false,
    calendarUrl: 'http://localhost/api/calendar/registrations/cal-1.ics',
    checkInCode: 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5',
    createdAt: '2027-02-01T10:00:00+01:00',
    cancelledAt: null,
    checkedInAt: null,
    answers: [],
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
    answers: [],
    ...overrides,
  };
}
