import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { registrationsStaffTexts } from './i18n/texts';

const staffTexts = textsResolver(registrationsStaffTexts);

/** The attendee list (admin, working committee); loaded with the first visit, texts included. */
export const attendeeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [roleGuard('admin', 'working-committee')],
    resolve: { texts: staffTexts },
    title: 'attendees.title',
    loadComponent: () => import('./attendees/attendee-list-page').then((m) => m.AttendeeListPage),
  },
];

/** The admin's outbox. */
export const outboxRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [roleGuard('admin')],
    resolve: { texts: staffTexts },
    title: 'outbox.title',
    loadComponent: () => import('./outbox/outbox-page').then((m) => m.OutboxPage),
  },
];
