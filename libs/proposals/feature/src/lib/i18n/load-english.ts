import { mergeDictionaries, type Dictionary } from '@samverkan/shared/ui/startup';

/** The proposals domain's English texts (all of them) as their own lazy chunk. */
export function loadProposalsEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.proposalsEn);
}

/**
 * All the domain's Swedish texts, for checks that need them together (the translation specs).
 * The app does not use this: the pages' texts load with their routes, the lineage's with the
 * component, so none of them is in the start-up bundle.
 */
export function loadProposalsSv(): Promise<Dictionary> {
  return Promise.all([import('./pages-sv'), import('../lineage/lineage-sv')]).then(([pages, lineage]) =>
    mergeDictionaries([pages.proposalPagesSv, lineage.lineageSv]),
  );
}
