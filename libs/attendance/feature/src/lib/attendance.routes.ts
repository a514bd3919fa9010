import type { Routes } from '@angular/router';

/**
 * The attendance domain's pages. Only this entry is in the start-up bundle: the check-in page, its
 * texts, its guard and the QR reader load with the first visit.
 */
export const attendanceRoutes: Routes = [
  {
    path: 'arbetsutskottet/konferenser/:id/incheckning',
    loadChildren: () => import('./check-in.routes').then((m) => m.checkInRoutes),
  },
];
