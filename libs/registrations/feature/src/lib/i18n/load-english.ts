import type { Dictionary } from '@samverkan/shared/ui';

/** The registrations domain's English texts as their own lazy chunk. */
export function loadRegistrationsEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.registrationsEn);
}

/** The staff pages' Swedish texts, for their routes' resolver (and the translation check). */
export function loadRegistrationsStaffSv(): Promise<Dictionary> {
  return import('./staff-sv').then((m) => m.registrationsStaffSv);
}
