import type { Routes } from '@angular/router';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { conferencesPagesTexts } from './i18n/texts';
import { canonicalConferenceAddress, conferenceIdOfAddress } from './conference-address';

const pageTexts = textsResolver(conferencesPagesTexts);

/**
 * The conferences domain's pages, each its own lazy chunk: the public list and conference page,
 * and the staff's conference admin. Only these entries are in the start-up bundle: the staff
 * routes, their guards and texts load when someone first opens one of them.
 */
export const conferencesRoutes: Routes = [
  {
    path: 'konferenser',
    resolve: { texts: pageTexts },
    title: 'conferences.title',
    loadComponent: () => import('./list/conference-list-page').then((m) => m.ConferenceListPage),
  },
  {
    path: 'konferenser/:id',
    canActivate: [canonicalConferenceAddress],
    resolve: { texts: pageTexts, id: conferenceIdOfAddress },
    title: 'conferences.detailTitle',
    loadComponent: () => import('./detail/conference-page').then((m) => m.ConferencePage),
  },
  {
    path: 'arbetsutskottet/konferenser',
    loadChildren: () => import('./staff/staff.routes').then((m) => m.staffConferenceRoutes),
  },
];
