import type { Routes } from '@angular/router';

/**
 * The registrations domain's pages, each its own lazy chunk: the public registration form and
 * manage link, the staff's attendee list, and the admin's outbox. Only these entries are in the
 * start-up bundle: the staff routes, their guards and Swedish texts load with the first visit.
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
    loadChildren: () => import('./staff.routes').then((m) => m.attendeeRoutes),
  },
  {
    path: 'admin/utkorg',
    loadChildren: () => import('./staff.routes').then((m) => m.outboxRoutes),
  },
];
