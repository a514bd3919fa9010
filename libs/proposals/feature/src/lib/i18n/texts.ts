import { textGroup } from '@samverkan/shared/ui/startup';

/** The proposal pages (list, form, proposal with comments and reviews). */
export const proposalsPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** The theme lineage component, which loads them itself. */
export const proposalsLineageTexts = textGroup(
  () => import('./lineage.sv'),
  () => import('./lineage.en'),
);

/** The open call pages: the public call and confirmation, the staff's calls and the council's submissions. */
export const proposalsCallsTexts = textGroup(
  () => import('./calls.sv'),
  () => import('./calls.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const PROPOSALS_TEXTS = [proposalsPagesTexts, proposalsLineageTexts, proposalsCallsTexts];
