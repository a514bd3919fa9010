import type { Dictionary } from '@samverkan/shared/ui';

/** The agenda domain's English texts (all of them) as their own lazy chunk. */
export function loadAgendaEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.agendaEn);
}

/**
 * The domain's Swedish texts, for checks that need them (the translation specs). The app does not
 * use this: the texts load with the pages' routes, so none of them is in the start-up bundle.
 */
export function loadAgendaSv(): Promise<Dictionary> {
  return import('./pages-sv').then((m) => m.agendaPagesSv);
}
