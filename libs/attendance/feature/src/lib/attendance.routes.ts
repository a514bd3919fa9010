import type { Routes } from '@angular/router';

/**
 * The attendance domain's pages. Only this entry is in the start-up bundle; the pages and their texts
 * load on the first visit.
 */
export const attendanceRoutes: Routes = [
  {
    // Under the manage link (its token is the secret): the attendee directory.
    path: 'anmalan/:token/deltagare',
    loadChildren: () => import('./attendance-pages.routes').then((m) => m.attendancePageRoutes),
  },
];
