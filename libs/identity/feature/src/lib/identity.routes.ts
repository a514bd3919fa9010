import type { Routes } from '@angular/router';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { capabilityGuard } from './auth/capability-guard';
import { homeCapability } from './auth/role-home';
import { identityPagesTexts, identityStaffTexts } from './i18n/texts';

const pageTexts = textsResolver(identityPagesTexts);
const staffTexts = textsResolver(identityStaffTexts);

/**
 * The identity domain's pages. Each page is its own lazy chunk, so the app can take these
 * routes eagerly (the shell needs AuthService from this library anyway).
 */
export const identityRoutes: Routes = [
  {
    path: 'logga-in',
    resolve: { texts: pageTexts },
    title: 'login.title',
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'glomt-losenord',
    resolve: { texts: pageTexts },
    title: 'passwordReset.requestTitle',
    loadComponent: () => import('./password-reset/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    // The link in the password-reset e-mail.
    path: 'aterstall-losenord/:token',
    resolve: { texts: pageTexts },
    title: 'passwordReset.resetTitle',
    loadComponent: () => import('./password-reset/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'admin',
    resolve: { texts: staffTexts },
    // The admin's pages are listed in their own chunk (start-up budget), each with its guard.
    loadChildren: () => import('./admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'arbetsutskottet',
    canActivate: [capabilityGuard(homeCapability('working-committee'))],
    resolve: { texts: staffTexts },
    title: 'home.working-committee.title',
    data: { role: 'working-committee' },
    loadComponent: () => import('./role-home/role-home-page').then((m) => m.RoleHomePage),
  },
  {
    path: 'programradet',
    canActivate: [capabilityGuard(homeCapability('programme-council'))],
    resolve: { texts: staffTexts },
    title: 'home.programme-council.title',
    data: { role: 'programme-council' },
    loadComponent: () => import('./role-home/role-home-page').then((m) => m.RoleHomePage),
  },
];
