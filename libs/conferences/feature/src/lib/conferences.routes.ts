import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';

/**
 * The conferences domain's pages, each its own lazy chunk: the public list and conference page,
 * and the staff's conference admin (working committee and administrators).
 */
export const conferencesRoutes: Routes = [
  {
    path: 'konferenser',
    title: 'conferences.title',
    loadComponent: () => import('./list/conference-list-page').then((m) => m.ConferenceListPage),
  },
  {
    path: 'konferenser/:id',
    title: 'conferences.detailTitle',
    loadComponent: () => import('./detail/conference-page').then((m) => m.ConferencePage),
  },
  {
    path: 'arbetsutskottet/konferenser',
    canActivate: [roleGuard('admin', 'working-committee')],
    canActivateChild: [roleGuard('admin', 'working-committee')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'conferenceAdmin.title',
        loadComponent: () => import('./staff/staff-conference-list-page').then((m) => m.StaffConferenceListPage),
      },
      {
        path: 'ny',
        title: 'conferenceAdmin.createTitle',
        loadComponent: () => import('./staff/conference-edit-page').then((m) => m.ConferenceEditPage),
      },
      {
        path: ':id',
        title: 'conferenceAdmin.editTitle',
        loadComponent: () => import('./staff/conference-edit-page').then((m) => m.ConferenceEditPage),
      },
    ],
  },
];
