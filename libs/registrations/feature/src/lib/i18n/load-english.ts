import type { Dictionary } from '@samverkan/shared/ui';

/** The registrations domain's English texts as their own lazy chunk. */
export function loadRegistrationsEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.registrationsEn);
}

/** The staff pages' Swedish texts, for their routes' resolver (and the translation check). */
export function loadRegistrationsStaffSv(): Promise<Dictionary> {
  return import('./staff-sv').then((m) => m.registrationsStaffSv);
}

/** The public pages' Swedish texts (registering, the manage link), for their routes' resolver (and the translation check). */
export function loadRegistrationsPagesSv(): Promise<Dictionary> {
  return import('./pages-sv').then((m) => m.registrationsPagesSv);
}
