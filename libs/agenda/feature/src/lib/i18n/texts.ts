import { textGroup } from '@samverkan/shared/ui/startup';

/** The programme pages and the programme editor. */
export const agendaPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const AGENDA_TEXTS = [agendaPagesTexts];
