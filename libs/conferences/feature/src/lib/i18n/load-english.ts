import type { Dictionary } from '@samverkan/shared/ui';

/** The conferences domain's English texts as their own lazy chunk. */
export function loadConferencesEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.conferencesEn);
}
