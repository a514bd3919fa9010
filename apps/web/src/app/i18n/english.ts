import { loadAgendaEn } from '@samverkan/agenda/feature';
import { loadCommitteeEn } from '@samverkan/committee/feature';
import { loadConferencesEn } from '@samverkan/conferences/feature/startup';
import { loadCoverageEn } from '@samverkan/coverage/feature';
import { loadIdentityEn } from '@samverkan/identity/feature';
import { loadProposalsEn } from '@samverkan/proposals/feature';
import { loadRegistrationsEn } from '@samverkan/registrations/feature';
import { loadSharedEn, type Dictionary } from '@samverkan/shared/ui/startup';
import { loadStrategyEn } from '@samverkan/strategy/feature/startup';

/**
 * All English texts, fetched only when someone switches to English (or comes back having
 * chosen it): each domain's dictionary is its own small lazy chunk, loaded in parallel.
 */
export function loadEnglish(): Promise<readonly Dictionary[]> {
  return Promise.all([
    loadSharedEn(),
    loadIdentityEn(),
    loadStrategyEn(),
    loadConferencesEn(),
    loadProposalsEn(),
    loadCommitteeEn(),
    loadRegistrationsEn(),
    loadAgendaEn(),
    loadCoverageEn(),
    import('./en').then((m) => m.appEn),
  ]);
}
