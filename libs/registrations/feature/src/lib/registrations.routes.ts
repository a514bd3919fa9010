import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';

/**
 * The registrations domain's pages, each its own lazy chunk: the public registration form and
 * manage link, the staff's attendee list, and the admin's outbox.
 */
export const registrationsRoutes: Routes = [
  {
    path: 'konferenser/:id/anmalan',
    title: 'registration.pageTitle',
    loadComponent: () => import('./register/registration-page').then((m) => m.RegistrationPage),
  },
  {
    // The link in every registration e-mail (the API builds it as PUBLIC_URL/anmalan/<token>).
    path: 'anmalan/:token',
    title: 'manage.title',
    loadComponent: () => import('./manage/manage-page').then((m) => m.ManagePage),
  },
  {
    path: 'arbetsutskottet/konferenser/:id/deltagare',
    canActivate: [roleGuard('admin', 'working-committee')],
    title: 'attendees.title',
    loadComponent: () => import('./attendees/attendee-list-page').then((m) => m.AttendeeListPage),
  },
  {
    path: 'admin/utkorg',
    canActivate: [roleGuard('admin')],
    title: 'outbox.title',
    loadComponent: () => import('./outbox/outbox-page').then((m) => m.OutboxPage),
  },
];
