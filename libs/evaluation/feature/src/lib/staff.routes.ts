import type { Routes } from '@angular/router';
import { capabilityGuard } from '@samverkan/identity/feature';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { evaluationStaffTexts } from './i18n/texts';

/** Staff's results of one conference's evaluation (`evaluation.read`). */
export const evaluationStaffRoutes: Routes = [
  {
    path: '',
    canActivate: [capabilityGuard('evaluation.read')],
    resolve: { texts: textsResolver(evaluationStaffTexts) },
    title: 'evaluationResults.title',
    loadComponent: () => import('./results/evaluation-results-page').then((m) => m.EvaluationResultsPage),
  },
];
