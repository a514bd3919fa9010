import type { Routes } from '@angular/router';

/**
 * The conferences domain's pages, each its own lazy chunk: the public list and conference page,
 * and the staff's conference admin. Only these entries are in the start-up bundle: the staff
 * routes, their guards and Swedish texts load when someone first opens one of them.
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
    loadChildren: () => import('./staff/staff.routes').then((m) => m.staffConferenceRoutes),
  },
];
