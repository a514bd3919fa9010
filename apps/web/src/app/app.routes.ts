import type { Route } from '@angular/router';
import { identityRoutes } from '@samverkan/identity/feature';
import { strategyRoutes } from '@samverkan/strategy/feature';

/** Every page is a lazy chunk; route titles are translation keys (TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'start.title',
    loadComponent: () => import('./start/start-page').then((m) => m.StartPage),
  },
  ...strategyRoutes,
  ...identityRoutes,
  {
    path: 'tillganglighet',
    title: 'a11y.title',
    loadComponent: () => import('./accessibility/accessibility-statement').then((m) => m.AccessibilityStatement),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
