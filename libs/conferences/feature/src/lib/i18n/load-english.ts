import type { Dictionary } from '@samverkan/shared/ui';

/** The conferences domain's English texts as their own lazy chunk. */
export function loadConferencesEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.conferencesEn);
}

/** The staff pages' Swedish texts, for their route's resolver (and the translation check). */
export function loadConferencesStaffSv(): Promise<Dictionary> {
  return import('./staff-sv').then((m) => m.conferencesStaffSv);
}

/** The public conference pages' own Swedish texts, for their routes' resolver (and the translation check). */
export function loadConferencesPagesSv(): Promise<Dictionary> {
  return import('./pages-sv').then((m) => m.conferencesPagesSv);
}
