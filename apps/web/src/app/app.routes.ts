import type { Route } from '@angular/router';
import { agendaRoutes } from '@samverkan/agenda/feature';
import { attendanceRoutes } from '@samverkan/attendance/feature';
import { committeeRoutes } from '@samverkan/committee/feature';
import { conferencesRoutes } from '@samverkan/conferences/feature/startup';
import { coverageRoutes } from '@samverkan/coverage/feature';
import { evaluationRoutes } from '@samverkan/evaluation/feature/startup';
import { identityRoutes } from '@samverkan/identity/feature';
import { messagingRoutes } from '@samverkan/messaging/feature';
import { proposalsRoutes } from '@samverkan/proposals/feature';
import { registrationsRoutes } from '@samverkan/registrations/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { strategyRoutes } from '@samverkan/strategy/feature/startup';
import { appAccessibilityTexts, appPrivacyTexts, appStartTexts } from './i18n/texts';

/** Every page is a lazy chunk; route titles are translation keys (TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'start.title',
    resolve: { texts: textsResolver(appStartTexts) },
    loadComponent: () => import('./start/start-page').then((m) => m.StartPage),
  },
  ...strategyRoutes,
  // Registrations first: its deeper paths (…/anmalan, …/deltagare, admin/utkorg) start like
  // conference and identity routes, and the first route that matches wins.
  // Messaging's pages lie under the registrations' and conferences' paths (…/utskick, …/meddelanden).
  ...messagingRoutes,
  ...registrationsRoutes,
  ...attendanceRoutes,
  ...agendaRoutes,
  ...conferencesRoutes,
  ...proposalsRoutes,
  ...committeeRoutes,
  ...evaluationRoutes,
  ...coverageRoutes,
  ...identityRoutes,
  {
    path: 'tillganglighet',
    title: 'a11y.title',
    resolve: { texts: textsResolver(appAccessibilityTexts) },
    loadComponent: () => import('./accessibility/accessibility-statement').then((m) => m.AccessibilityStatement),
  },
  {
    path: 'personuppgifter',
    title: 'privacy.title',
    resolve: { texts: textsResolver(appPrivacyTexts) },
    loadComponent: () => import('./privacy/privacy-notice').then((m) => m.PrivacyNotice),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
