import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';
import { pageTextsResolver } from '@samverkan/shared/ui';

/** The dashboard and the history import: working committee and admin. */
export const coveragePageRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('working-committee', 'admin')],
    canActivateChild: [roleGuard('working-committee', 'admin')],
    resolve: { texts: pageTextsResolver(() => import('./i18n/sv').then((m) => m.coverageSv)) },
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
