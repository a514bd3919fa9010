import type { Routes } from '@angular/router';

/** The strategy domain's pages, each its own lazy chunk. */
export const strategyRoutes: Routes = [
  {
    path: 'fokusomraden',
    title: 'focusAreas.title',
    loadComponent: () => import('./focus-areas/focus-areas-page').then((m) => m.FocusAreasPage),
  },
];
