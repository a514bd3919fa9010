import { textGroup } from '@samverkan/shared/ui/startup';

/** The working committee's pages: meetings, minutes, action items. */
export const committeePagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const COMMITTEE_TEXTS = [committeePagesTexts];
