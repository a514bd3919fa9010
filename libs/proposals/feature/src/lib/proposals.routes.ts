import type { Routes } from '@angular/router';

/**
 * The proposals domain's pages. Only this entry is in the start-up bundle: the pages' routes,
 * their Swedish texts and the pages themselves load when someone first opens one (the start-up
 * bundle has a 400 kB budget, and the public never opens these pages).
 */
export const proposalsRoutes: Routes = [
  {
    path: 'programradet/forslag',
    // The role guards are in the lazy routes too: a visitor without access downloads only those few bytes.
    loadChildren: () => import('./proposal-pages.routes').then((m) => m.proposalPageRoutes),
  },
  // Open calls: the public call and its confirmation link, the council's submissions, the committee's calls.
  { path: 'upprop', loadChildren: () => import('./calls/calls.routes').then((m) => m.publicCallRoutes) },
  { path: 'programradet/upprop', loadChildren: () => import('./calls/calls.routes').then((m) => m.councilCallRoutes) },
  { path: 'arbetsutskottet/upprop', loadChildren: () => import('./calls/calls.routes').then((m) => m.staffCallRoutes) },
];
