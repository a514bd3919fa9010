import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { registrationsQuestionsTexts, registrationsStaffTexts } from './i18n/texts';

const staffTexts = textsResolver(registrationsStaffTexts, registrationsQuestionsTexts);

/** The attendee list (`registrations.manage`); loaded with the first visit, texts included. */
export const attendeeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard('registrations.manage')],
    resolve: { texts: staffTexts },
    title: 'attendees.title',
    loadComponent: () => import('./attendees/attendee-list-page').then((m) => m.AttendeeListPage),
  },
];

/** The outbox of the mails (`outbox.read`). */
export const outboxRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard('outbox.read')],
    resolve: { texts: staffTexts },
    title: 'outbox.title',
    loadComponent: () => import('./outbox/outbox-page').then((m) => m.OutboxPage),
  },
];

/** The editor of a conference's own questions (`conferences.manage`). */
export const questionRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard('conferences.manage')],
    resolve: { texts: staffTexts },
    title: 'questions.editor.title',
    loadComponent: () => import('./questions/question-editor-page').then((m) => m.QuestionEditorPage),
  },
];

/** A conference's fees and late-cancellation rule (`conferences.manage`). */
export const feeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard('conferences.manage')],
    resolve: { texts: staffTexts },
    title: 'feesAdmin.title',
    loadComponent: () => import('./fees/fees-page').then((m) => m.FeesPage),
  },
];
