import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';
import { pageTextsResolver } from '@samverkan/shared/ui';
import { loadRegistrationsStaffSv } from './i18n/load-english';

const staffTexts = pageTextsResolver(loadRegistrationsStaffSv);

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
