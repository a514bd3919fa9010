import type { Dictionary } from '@samverkan/shared/ui';

/** The agenda domain's English texts as their own lazy chunk. */
export function loadAgendaEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.agendaEn);
}
