import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { proposalsCallsTexts } from '../i18n/texts';

const texts = { texts: textsResolver(proposalsCallsTexts) };

/** `/upprop/…`: the public call (server-rendered) and the mailed confirmation link (browser only). */
export const publicCallRoutes: Routes = [
  {
    path: 'bekrafta/:token',
    title: 'calls.confirmTitle',
    resolve: texts,
    loadComponent: () => import('./call-confirm-page').then((m) => m.CallConfirmPage),
  },
  {
    path: ':callId',
    title: 'calls.pageTitle',
    resolve: texts,
    loadComponent: () => import('./call-page').then((m) => m.CallPage),
  },
];

/** `/programradet/upprop`: the calls; `/programradet/upprop/:callId`: a call's submissions for the council. */
export const councilCallRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'calls.council.title',
    canActivate: [capabilityGuard('calls.review')],
    resolve: texts,
    loadComponent: () => import('./council-calls-page').then((m) => m.CouncilCallsPage),
  },
  {
    path: ':callId',
    title: 'calls.review.title',
    canActivate: [capabilityGuard('calls.review')],
    resolve: texts,
    loadComponent: () => import('./call-submissions-page').then((m) => m.CallSubmissionsPage),
  },
];

/** `/arbetsutskottet/upprop/:id`: a conference's calls for the committee. */
export const staffCallRoutes: Routes = [
  {
    path: ':id',
    title: 'calls.manage.title',
    canActivate: [capabilityGuard('calls.manage')],
    resolve: texts,
    loadComponent: () => import('./call-management-page').then((m) => m.CallManagementPage),
  },
];
