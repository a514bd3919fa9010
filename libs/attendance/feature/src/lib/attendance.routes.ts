import type { Routes } from '@angular/router';

/**
 * The attendance domain's pages. Only this entry is in the start-up bundle: the pages, their texts,
 * guards and the QR reader load with the first visit.
 */
export const attendanceRoutes: Routes = [
  {
    path: 'arbetsutskottet/konferenser/:id/incheckning',
    loadChildren: () => import('./check-in.routes').then((m) => m.checkInRoutes),
  },
  {
    // Under the manage link (its token is the secret): the attendee directory.
    path: 'anmalan/:token/deltagare',
    loadChildren: () => import('./attendance-pages.routes').then((m) => m.attendancePageRoutes),
  },
];
