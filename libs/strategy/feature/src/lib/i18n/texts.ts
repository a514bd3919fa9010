import { textGroup } from '@samverkan/shared/ui/startup';

/** The focus areas, which the start page and several domains show (loaded at start-up). */
export const strategyStartupTexts = textGroup(
  () => import('./startup.sv'),
  () => import('./startup.en'),
);

/** The strategy's version pages (`/strategi`), loaded with their routes. */
export const strategyPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** The consultation of a version and the comparison of two (`/strategi/:id`, `/strategi/:id/jamfor`). */
export const strategyConsultationTexts = textGroup(
  () => import('./consultation.sv'),
  () => import('./consultation.en'),
);

/** Drafting with evidence on `/strategi/:id`: the evidence panel, citations, markers, suggestions. */
export const strategyEvidenceTexts = textGroup(
  () => import('./evidence.sv'),
  () => import('./evidence.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const STRATEGY_TEXTS = [strategyStartupTexts, strategyPagesTexts, strategyConsultationTexts, strategyEvidenceTexts];
