import type { Routes } from '@angular/router';
import { pageTextsResolver } from '@samverkan/shared/ui/startup';
import { loadConferencesPagesSv } from './i18n/load-english';

/** The public pages' own Swedish texts load with the first visit (start-up budget); shared ones are bundled. */
const pageTexts = pageTextsResolver(loadConferencesPagesSv);

/**
 * The conferences domain's pages, each its own lazy chunk: the public list and conference page,
 * and the staff's conference admin. Only these entries are in the start-up bundle: the staff
 * routes, their guards and Swedish texts load when someone first opens one of them.
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
    resolve: { texts: pageTexts },
    title: 'conferences.detailTitle',
    loadComponent: () => import('./detail/conference-page').then((m) => m.ConferencePage),
  },
  {
    path: 'arbetsutskottet/konferenser',
    loadChildren: () => import('./staff/staff.routes').then((m) => m.staffConferenceRoutes),
  },
];
