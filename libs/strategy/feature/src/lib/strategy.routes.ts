import type { Routes } from '@angular/router';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { strategyEvidenceTexts, strategyPagesTexts } from './i18n/texts';

/** The strategy domain's pages, each its own lazy chunk. */
export const strategyRoutes: Routes = [
  {
    path: 'fokusomraden',
    title: 'focusAreas.title',
    loadComponent: () => import('./focus-areas/focus-areas-page').then((m) => m.FocusAreasPage),
  },
  {
    path: 'strategi',
    title: 'strategyPages.listTitle',
    resolve: { texts: textsResolver(strategyPagesTexts) },
    loadComponent: () => import('./versions/strategy-versions-page').then((m) => m.StrategyVersionsPage),
  },
  {
    path: 'strategi/:id',
    title: 'strategyPages.versionTitle',
    resolve: { texts: textsResolver(strategyPagesTexts, strategyEvidenceTexts) },
    loadComponent: () => import('./versions/strategy-version-page').then((m) => m.StrategyVersionPage),
  },
];
