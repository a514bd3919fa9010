import { join } from 'node:path';
import { MINUTES_STATUSES } from '@samverkan/committee/contract';
import { DECISION_OUTCOMES } from '@samverkan/proposals/contract';
import { PROPOSALS_TEXTS } from '@samverkan/proposals/feature';
import { emptyKeys, missingKeys, quotedKeys } from '@samverkan/shared/testing';
import { sharedTexts, type Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { DECIDABLE_STATES } from '../committee-api';
import { LOG_ACTIONS } from '../meeting-log/log-lines';
import { COMMITTEE_TEXTS } from './texts';

describe('committee translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary([sharedTexts, ...PROPOSALS_TEXTS, ...COMMITTEE_TEXTS], 'sv');
    en = await loadDictionary([sharedTexts, ...PROPOSALS_TEXTS, ...COMMITTEE_TEXTS], 'en');
  });

  const missing = (keys: string[]) => missingKeys(keys, sv, en);

  it('has the same keys in Swedish and English in every group, none empty', async () => {
    expect(await keyDifferences(COMMITTEE_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use (templates, route titles, loading labels)', () => {
    const used = quotedKeys(join(__dirname, '..'), ['meetings', 'minutes', 'minutesPdf', 'meetingLog', 'actionItems', 'common', 'errors']);
    expect(used.length).toBeGreaterThan(100);
    expect(missing(used)).toEqual([]);
  });

  it('has both texts for every key the pages build from the contract', () => {
    expect(
      missing([
        ...MINUTES_STATUSES.map((s) => `meetings.minutesStatus.${s}`),
        ...DECISION_OUTCOMES.flatMap((o) => [`meetings.outcome.${o}`, `meetings.decision.outcomes.${o}`]),
        ...DECIDABLE_STATES.map((s) => `meetings.items.state.${s}`),
        ...LOG_ACTIONS.map((a) => `meetingLog.actions.${a}`),
      ]),
    ).toEqual([]);
  });
});
