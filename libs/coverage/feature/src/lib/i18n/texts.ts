import { textGroup } from '@samverkan/shared/ui/startup';

/** The coverage dashboard and the history import. */
export const coveragePagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const COVERAGE_TEXTS = [coveragePagesTexts];
