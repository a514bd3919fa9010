import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { coveragePagesTexts } from './i18n/texts';

/** The dashboard and the history import (`coverage.read`). */
export const coveragePageRoutes: Routes = [
  {
    path: '',
    canActivate: [capabilityGuard('coverage.read')],
    canActivateChild: [capabilityGuard('coverage.read')],
    resolve: { texts: textsResolver(coveragePagesTexts) },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'coverage.title',
        loadComponent: () => import('./dashboard/coverage-dashboard').then((m) => m.CoverageDashboard),
      },
      {
        path: 'import',
        title: 'historyImport.title',
        loadComponent: () => import('./import/history-import-page').then((m) => m.HistoryImportPage),
      },
    ],
  },
];
