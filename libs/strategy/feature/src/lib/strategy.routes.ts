import type { Routes } from '@angular/router';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { strategyConsultationTexts, strategyEvidenceTexts, strategyPagesTexts } from './i18n/texts';

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
    path: 'strategi/gallande',
    title: 'strategyPages.published.title',
    resolve: { texts: textsResolver(strategyPagesTexts, strategyEvidenceTexts) },
    loadComponent: () => import('./published/published-strategy-page').then((m) => m.PublishedStrategyPage),
  },
  {
    path: 'strategi/:id/jamfor',
    title: 'strategyConsultation.compareTitle',
    resolve: { texts: textsResolver(strategyPagesTexts, strategyConsultationTexts) },
    loadComponent: () => import('./consultation/strategy-compare-page').then((m) => m.StrategyComparePage),
  },
  {
    path: 'strategi/:id',
    title: 'strategyPages.versionTitle',
    resolve: { texts: textsResolver(strategyPagesTexts, strategyConsultationTexts, strategyEvidenceTexts) },
    loadComponent: () => import('./versions/strategy-version-page').then((m) => m.StrategyVersionPage),
  },
];
