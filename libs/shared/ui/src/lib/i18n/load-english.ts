import type { Dictionary } from './dictionary';

/** The shared English texts as their own lazy chunk (see I18nConfig). */
export function loadSharedEn(): Promise<Dictionary> {
  return import('./shared-en').then((m) => m.sharedEn);
}
