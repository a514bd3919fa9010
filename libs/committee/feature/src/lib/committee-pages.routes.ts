import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { committeePagesTexts } from './i18n/texts';

const pageTexts = textsResolver(committeePagesTexts);

/** The meetings, each page its own lazy chunk. */
export const meetingPageRoutes: Routes = [
  {
    path: '',
    canActivate: [capabilityGuard('meetings.manage')],
    canActivateChild: [capabilityGuard('meetings.manage')],
    resolve: { texts: pageTexts },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'meetings.title',
        loadComponent: () => import('./meetings/meeting-list-page').then((m) => m.MeetingListPage),
      },
      {
        path: 'nytt',
        title: 'meetings.form.pageTitle',
        loadComponent: () => import('./meetings/meeting-form-page').then((m) => m.MeetingFormPage),
      },
      {
        path: ':id',
        title: 'meetings.detailTitle',
        loadComponent: () => import('./meeting/meeting-page').then((m) => m.MeetingPage),
      },
      {
        path: ':id/andra',
        title: 'meetings.form.editPageTitle',
        loadComponent: () => import('./meetings/meeting-form-page').then((m) => m.MeetingFormPage),
      },
      {
        path: ':id/protokoll',
        title: 'minutes.title',
        loadComponent: () => import('./minutes/minutes-page').then((m) => m.MinutesPage),
      },
      {
        path: ':id/logg',
        title: 'meetingLog.title',
        loadComponent: () => import('./meeting-log/meeting-log-page').then((m) => m.MeetingLogPage),
      },
    ],
  },
];

/** The open action items. */
export const actionItemPageRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard('meetings.manage')],
    resolve: { texts: pageTexts },
    title: 'actionItems.title',
    loadComponent: () => import('./action-items/action-items-page').then((m) => m.ActionItemsPage),
  },
];
