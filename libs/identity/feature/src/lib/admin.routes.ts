import type { Routes } from '@angular/router';

/** The administrator's pages under /admin (guards and texts are on the parent route). */
export const adminRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.admin.title',
    data: { role: 'admin' },
    loadComponent: () => import('./role-home/role-home-page').then((m) => m.RoleHomePage),
  },
  {
    path: 'anvandare',
    title: 'users.title',
    loadComponent: () => import('./users/user-list-page').then((m) => m.UserListPage),
  },
  {
    path: 'organisationer',
    title: 'organisations.title',
    loadComponent: () => import('./organisations/organisation-list-page').then((m) => m.OrganisationListPage),
  },
];
