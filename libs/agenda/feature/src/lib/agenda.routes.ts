import type { Routes } from '@angular/router';

/** Routed pages of the agenda domain, lazy-loaded from apps/web/src/app/app.routes.ts. */
export const agendaRoutes: Routes = [];
