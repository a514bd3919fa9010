import { join } from 'node:path';
import { DECISION_OUTCOMES, PROPOSAL_FORMATS, PROPOSAL_KINDS, PROPOSAL_STATES, REVIEW_CRITERIA } from '@samverkan/proposals/contract';
import { emptyKeys, missingKeys, quotedKeys } from '@samverkan/shared/testing';
import { sharedTexts, type Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { HISTORY_ACTIONS } from '../detail/proposal-history';
import { PROPOSALS_TEXTS } from './texts';

describe('proposals translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary([sharedTexts, ...PROPOSALS_TEXTS], 'sv');
    en = await loadDictionary([sharedTexts, ...PROPOSALS_TEXTS], 'en');
  });

  const missing = (keys: string[]) => missingKeys(keys, sv, en);

  it('has the same keys in Swedish and English in every group, none empty', async () => {
    expect(await keyDifferences(PROPOSALS_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use (templates, route titles, loading labels)', () => {
    const used = quotedKeys(join(__dirname, '..'), ['proposals', 'proposalState', 'proposalKind', 'proposalFormat', 'common', 'errors', 'calls']);
    expect(used.length).toBeGreaterThan(100);
    expect(missing(used)).toEqual([]);
  });

  it('has both texts for every key the pages build from the contract', () => {
    expect(
      missing([
        ...PROPOSAL_STATES.map((s) => `proposalState.${s}`),
        ...PROPOSAL_KINDS.map((k) => `proposalKind.${k}`),
        ...PROPOSAL_FORMATS.map((f) => `proposalFormat.${f}`),
        ...DECISION_OUTCOMES.map((o) => `proposals.decision.outcome.${o}`),
        ...REVIEW_CRITERIA.flatMap((c) => [`proposals.reviews.criteria.${c}`, `proposals.reviews.criteriaHelp.${c}`]),
        ...HISTORY_ACTIONS.map((a) => `proposals.history.actions.${a}`),
      ]),
    ).toEqual([]);
  });
});
