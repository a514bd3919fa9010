import type { Routes } from '@angular/router';

/**
 * The coverage domain's pages. Only this entry is in the start-up bundle: the pages, their Swedish
 * texts and the chart library load when someone first opens one (400 kB start-up budget).
 */
export const coverageRoutes: Routes = [
  {
    path: 'arbetsutskottet/fokustackning',
    loadChildren: () => import('./coverage-pages.routes').then((m) => m.coveragePageRoutes),
  },
  {
    path: 'arbetsutskottet/medlemmar',
    loadChildren: () => import('./engagement-pages.routes').then((m) => m.engagementPageRoutes),
  },
];
