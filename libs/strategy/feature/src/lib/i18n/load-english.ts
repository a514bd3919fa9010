import type { Dictionary } from '@samverkan/shared/ui';

/** The strategy domain's English texts as their own lazy chunk. */
export function loadStrategyEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.strategyEn);
}
