import type { Routes } from '@angular/router';
import { roleGuard } from '@samverkan/identity/feature';

/**
 * Routed pages of the agenda domain, lazy-loaded from apps/web/src/app/app.routes.ts: the public
 * programme and its items, and the staff's agenda editor (working committee and administrators).
 * Each page is its own lazy chunk.
 */
export const agendaRoutes: Routes = [
  {
    path: 'konferenser/:id/program',
    title: 'programme.title',
    loadComponent: () => import('./programme/programme-page').then((m) => m.ProgrammePage),
  },
  {
    path: 'program/punkt/:itemId',
    title: 'programme.itemTitle',
    loadComponent: () => import('./programme/programme-item-page').then((m) => m.ProgrammeItemPage),
  },
];
