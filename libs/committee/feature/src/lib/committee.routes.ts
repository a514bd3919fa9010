import type { Routes } from '@angular/router';

/**
 * The committee domain's pages (working committee and administrators). Only these entries are in
 * the start-up bundle: the pages' routes, their Swedish texts and the pages load when someone first
 * opens one (the start-up bundle has a 400 kB budget, and the public never opens these pages).
 * The role guards are in the lazy routes too: a visitor without access downloads only those few bytes.
 */
export const committeeRoutes: Routes = [
  {
    path: 'arbetsutskottet/moten',
    loadChildren: () => import('./committee-pages.routes').then((m) => m.meetingPageRoutes),
  },
  {
    path: 'arbetsutskottet/atgarder',
    loadChildren: () => import('./committee-pages.routes').then((m) => m.actionItemPageRoutes),
  },
];
