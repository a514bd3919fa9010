import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { proposalsPagesTexts } from './i18n/texts';

/** The proposal pages, each its own lazy chunk; their texts load before the first one shows. */
export const proposalPageRoutes: Routes = [
  {
    path: '',
    canActivate: [capabilityGuard('proposals.read')],
    canActivateChild: [capabilityGuard('proposals.read')],
    resolve: { texts: textsResolver(proposalsPagesTexts) },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'proposals.title',
        loadComponent: () => import('./list/proposal-list-page').then((m) => m.ProposalListPage),
      },
      {
        path: 'nytt',
        title: 'proposals.form.createTitle',
        canActivate: [capabilityGuard('proposals.write')],
        loadComponent: () => import('./form/proposal-form-page').then((m) => m.ProposalFormPage),
      },
      {
        path: ':id',
        title: 'proposals.detailTitle',
        loadComponent: () => import('./detail/proposal-page').then((m) => m.ProposalPage),
      },
      {
        path: ':id/andra',
        title: 'proposals.form.editTitle',
        canActivate: [capabilityGuard('proposals.write')],
        loadComponent: () => import('./form/proposal-form-page').then((m) => m.ProposalFormPage),
      },
    ],
  },
];
