import { textGroup } from './texts';

/** Texts every domain shares: common actions, error and validation messages, calendar links, language names. */
export const sharedTexts = textGroup(
  () => import('./shared.sv'),
  () => import('./shared.en'),
);
