import type { Routes } from '@angular/router';

/**
 * The evaluation domain's pages: the participant's evaluation behind the manage link (no account)
 * and staff's results per conference (`evaluation.read`). Only these entries are in the start-up
 * bundle; the pages, their texts and resolvers load with the first visit.
 */
export const evaluationRoutes: Routes = [
  {
    // The link in the invitation (the API builds it as PUBLIC_URL/anmalan/<token>/utvardering).
    path: 'anmalan/:token/utvardering',
    loadChildren: () => import('./pages.routes').then((m) => m.evaluationPageRoutes),
  },
  {
    path: 'arbetsutskottet/konferenser/:id/utvardering',
    loadChildren: () => import('./staff.routes').then((m) => m.evaluationStaffRoutes),
  },
];
