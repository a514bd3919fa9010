import type { Routes } from '@angular/router';
import { textsResolver } from '@samverkan/shared/ui/startup';
import { evaluationPagesTexts } from './i18n/texts';

/** The participant's evaluation page (the manage token is the parent route's parameter). */
export const evaluationPageRoutes: Routes = [
  {
    path: '',
    resolve: { texts: textsResolver(evaluationPagesTexts) },
    title: 'evaluation.title',
    loadComponent: () => import('./answer/evaluation-page').then((m) => m.EvaluationPage),
  },
];
