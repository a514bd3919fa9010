import { textGroup } from '@samverkan/shared/ui/startup';

/** The coverage dashboard and the history import. */
export const coveragePagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** Members' engagement and the annual summary. */
export const engagementTexts = textGroup(
  () => import('./engagement.sv'),
  () => import('./engagement.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const COVERAGE_TEXTS = [coveragePagesTexts, engagementTexts];
