import { textGroup } from '@samverkan/shared/ui/startup';

/** The staff page: compose, preview, send, sent messages, reminders. */
export const messagingStaffTexts = textGroup(
  () => import('./staff.sv'),
  () => import('./staff.en'),
);

/** The participant's own page: the messages sent to them. */
export const messagingPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const MESSAGING_TEXTS = [messagingStaffTexts, messagingPagesTexts];
