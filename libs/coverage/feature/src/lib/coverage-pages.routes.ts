import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { coveragePagesTexts } from './i18n/texts';

/** The dashboard and the history import: working committee and admin. */
export const coveragePageRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('working-committee', 'admin')],
    canActivateChild: [roleGuard('working-committee', 'admin')],
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
