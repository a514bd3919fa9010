import type { Routes } from '@angular/router';
import { canonicalConferenceAddress, conferenceIdOfAddress } from '@samverkan/conferences/feature/startup';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { registrationsGroupTexts, registrationsPagesTexts, registrationsQuestionsTexts } from './i18n/texts';

const pageTexts = textsResolver(registrationsPagesTexts, registrationsQuestionsTexts);
const groupTexts = textsResolver(registrationsPagesTexts, registrationsGroupTexts, registrationsQuestionsTexts);

/**
 * The registrations domain's pages, each its own lazy chunk: the public registration form and
 * manage link, the staff's attendee list, and the admin's outbox. Only these entries are in the
 * start-up bundle: the pages, the staff routes' guards and their texts load with the first visit.
 */
export const registrationsRoutes: Routes = [
  {
    path: 'konferenser/:id/anmalan',
    canActivate: [canonicalConferenceAddress],
    resolve: { texts: pageTexts, id: conferenceIdOfAddress },
    title: 'registration.pageTitle',
    loadComponent: () => import('./register/registration-page').then((m) => m.RegistrationPage),
  },
  {
    path: 'konferenser/:id/gruppanmalan',
    canActivate: [canonicalConferenceAddress],
    resolve: { texts: groupTexts, id: conferenceIdOfAddress },
    title: 'groupRegistration.pageTitle',
    loadComponent: () => import('./groups/group-registration-page').then((m) => m.GroupRegistrationPage),
  },
  {
    // The link in the group's mail to its contact person (PUBLIC_URL/anmalan/grupp/<token>).
    path: 'anmalan/grupp/:token',
    resolve: { texts: groupTexts },
    title: 'group.title',
    loadComponent: () => import('./groups/group-page').then((m) => m.GroupPage),
  },
  {
    // The link in every registration e-mail (the API builds it as PUBLIC_URL/anmalan/<token>).
    path: 'anmalan/:token',
    resolve: { texts: pageTexts },
    title: 'manage.title',
    loadComponent: () => import('./manage/manage-page').then((m) => m.ManagePage),
  },
  {
    path: 'arbetsutskottet/konferenser/:id/deltagare',
    loadChildren: () => import('./staff.routes').then((m) => m.attendeeRoutes),
  },
  {
    path: 'arbetsutskottet/konferenser/:id/fragor',
    loadChildren: () => import('./staff.routes').then((m) => m.questionRoutes),
  },
  {
    path: 'arbetsutskottet/konferenser/:id/avgifter',
    loadChildren: () => import('./staff.routes').then((m) => m.feeRoutes),
  },
  {
    path: 'admin/utkorg',
    loadChildren: () => import('./staff.routes').then((m) => m.outboxRoutes),
  },
];
