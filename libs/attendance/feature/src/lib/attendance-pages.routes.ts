import type { Routes } from '@angular/router';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { attendanceDirectoryTexts } from './i18n/texts';

/** The participant's attendance pages under the manage link. */
export const attendancePageRoutes: Routes = [
  {
    path: '',
    title: 'directory.title',
    resolve: { texts: textsResolver(attendanceDirectoryTexts) },
    loadComponent: () => import('./directory/directory-page').then((m) => m.DirectoryPage),
  },
];
