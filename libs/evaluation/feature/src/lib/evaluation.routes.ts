import type { Routes } from '@angular/router';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { evaluationPagesTexts } from './i18n/texts';

/**
 * The evaluation domain's pages, each its own lazy chunk: the participant's evaluation behind the
 * manage link (no account) and staff's results per conference (`evaluation.read`).
 */
export const evaluationRoutes: Routes = [
  {
    // The link in the invitation (the API builds it as PUBLIC_URL/anmalan/<token>/utvardering).
    path: 'anmalan/:token/utvardering',
    resolve: { texts: textsResolver(evaluationPagesTexts) },
    title: 'evaluation.title',
    loadComponent: () => import('./answer/evaluation-page').then((m) => m.EvaluationPage),
  },
  {
    path: 'arbetsutskottet/konferenser/:id/utvardering',
    loadChildren: () => import('./staff.routes').then((m) => m.evaluationStaffRoutes),
  },
];
