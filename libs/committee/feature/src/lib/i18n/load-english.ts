import type { Dictionary } from '@samverkan/shared/ui';

/** The committee domain's English texts (all of them) as their own lazy chunk. */
export function loadCommitteeEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.committeeEn);
}

/**
 * The domain's Swedish texts, for checks that need them (the translation specs). The app does not
 * use this: the texts load with the pages' routes, so none of them is in the start-up bundle.
 */
export function loadCommitteeSv(): Promise<Dictionary> {
  return import('./pages-sv').then((m) => m.committeePagesSv);
}
