import { textGroup } from '@samverkan/shared/ui/startup';

/** The participant's evaluation page (through the manage link). */
export const evaluationPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** Staff's results page. */
export const evaluationStaffTexts = textGroup(
  () => import('./staff.sv'),
  () => import('./staff.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const EVALUATION_TEXTS = [evaluationPagesTexts, evaluationStaffTexts];
