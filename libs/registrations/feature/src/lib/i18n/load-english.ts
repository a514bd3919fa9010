import type { Dictionary } from '@samverkan/shared/ui';

/** The registrations domain's English texts as their own lazy chunk. */
export function loadRegistrationsEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.registrationsEn);
}
