import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { conferencesStaffTexts } from '../i18n/texts';

/** The staff's conference admin (`conferences.manage`); loaded with the first visit, texts included. */
export const staffConferenceRoutes: Routes = [
  {
    path: '',
    canActivate: [capabilityGuard('conferences.manage')],
    canActivateChild: [capabilityGuard('conferences.manage')],
    resolve: { texts: textsResolver(conferencesStaffTexts) },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'conferenceAdmin.title',
        loadComponent: () => import('./staff-conference-list-page').then((m) => m.StaffConferenceListPage),
      },
      {
        path: 'ny',
        title: 'conferenceAdmin.createTitle',
        loadComponent: () => import('./conference-edit-page').then((m) => m.ConferenceEditPage),
      },
      {
        path: ':id',
        title: 'conferenceAdmin.editTitle',
        loadComponent: () => import('./conference-edit-page').then((m) => m.ConferenceEditPage),
      },
    ],
  },
];
