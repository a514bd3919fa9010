import type { Routes } from '@angular/router';

/** Routed pages of the committee domain, lazy-loaded from apps/web/src/app/app.routes.ts. */
export const committeeRoutes: Routes = [];
