import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { engagementTexts } from './i18n/texts';

/** Members' engagement and the annual summary (`engagement.view`). */
export const engagementPageRoutes: Routes = [
  {
    path: '',
    canActivate: [capabilityGuard('engagement.view')],
    canActivateChild: [capabilityGuard('engagement.view')],
    resolve: { texts: textsResolver(engagementTexts) },
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'engagement.title',
        loadComponent: () => import('./engagement/members-page').then((m) => m.MembersPage),
      },
      {
        path: ':organisationId',
        title: 'engagement.member.title',
        loadComponent: () => import('./engagement/member-page').then((m) => m.MemberPage),
      },
    ],
  },
];
