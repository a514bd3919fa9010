import type { Routes } from '@angular/router';
import { canonicalConferenceAddress, conferenceIdOfAddress } from '@samverkan/conferences/feature/startup';

/**
 * The agenda domain's pages: the public programme and its items, and the staff's programme editor
 * (working committee and administrators). Only these entries are in the start-up bundle: the pages,
 * their role guards and their Swedish texts load when someone first opens one (400 kB budget).
 */
export const agendaRoutes: Routes = [
  {
    path: 'konferenser/:id/program',
    canActivate: [canonicalConferenceAddress],
    resolve: { id: conferenceIdOfAddress },
    loadChildren: () => import('./agenda-pages.routes').then((m) => m.programmePageRoutes),
  },
  {
    path: 'program/punkt/:itemId',
    loadChildren: () => import('./agenda-pages.routes').then((m) => m.programmeItemPageRoutes),
  },
  {
    path: 'arbetsutskottet/program',
    loadChildren: () => import('./agenda-pages.routes').then((m) => m.agendaConferenceListRoutes),
  },
  {
    path: 'arbetsutskottet/talare',
    loadChildren: () => import('./agenda-pages.routes').then((m) => m.speakerRegisterRoutes),
  },
  {
    // The invited speaker's page: a secret in the address, so rendered in the browser only (the
    // server's catch-all renders nothing for it) and disallowed in robots.txt.
    path: 'talare/:token',
    loadChildren: () => import('./agenda-pages.routes').then((m) => m.speakerInvitationRoutes),
  },
  {
    path: 'arbetsutskottet/konferenser/:id/program',
    loadChildren: () => import('./agenda-pages.routes').then((m) => m.agendaEditorRoutes),
  },
];
