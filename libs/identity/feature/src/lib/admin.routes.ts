import type { Routes } from '@angular/router';
import { capabilityGuard } from './auth/capability-guard';
import { homeCapability } from './auth/role-home';

/** The administrator's pages under /admin (texts are on the parent route). */
export const adminRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [capabilityGuard(homeCapability('admin'))],
    title: 'home.admin.title',
    data: { role: 'admin' },
    loadComponent: () => import('./role-home/role-home-page').then((m) => m.RoleHomePage),
  },
  {
    path: 'anvandare',
    canActivate: [capabilityGuard('users.manage')],
    title: 'users.title',
    loadComponent: () => import('./users/user-list-page').then((m) => m.UserListPage),
  },
  {
    path: 'organisationer',
    canActivate: [capabilityGuard('organisations.manage')],
    title: 'organisations.title',
    loadComponent: () => import('./organisations/organisation-list-page').then((m) => m.OrganisationListPage),
  },
];
