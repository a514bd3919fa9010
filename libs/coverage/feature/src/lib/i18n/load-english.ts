import type { Dictionary } from '@samverkan/shared/ui';

/** The coverage domain's English texts as their own lazy chunk. */
export function loadCoverageEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.coverageEn);
}
