import { join } from 'node:path';
import { COVERAGE_SOURCES, PARTICIPANT_TYPES, type CoverageItemKind, type CoverageSuggestionKind } from '@samverkan/coverage/contract';
import { emptyKeys, missingKeys, quotedKeys } from '@samverkan/shared/testing';
import type { Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { COVERAGE_TEXTS } from './texts';

describe('coverage translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary(COVERAGE_TEXTS, 'sv');
    en = await loadDictionary(COVERAGE_TEXTS, 'en');
  });

  it('has the same keys in Swedish and English in every group, none empty', async () => {
    expect(await keyDifferences(COVERAGE_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use and every key built from the contract', () => {
    const used = quotedKeys(join(__dirname, '..'), ['coverage', 'historyImport', 'engagement']);
    expect(used.length).toBeGreaterThan(60);
    const kinds: CoverageItemKind[] = ['theme', 'agenda-item', 'proposal', 'session'];
    const suggestions: CoverageSuggestionKind[] = ['give-room', 'bring-back', 'use-accepted-proposals', 'invite-participants'];
    expect(
      missingKeys(
        [
          ...used,
          ...kinds.map((k) => `coverage.items.kind.${k}`),
          ...suggestions.map((k) => `coverage.suggestions.${k}`),
          ...PARTICIPANT_TYPES.flatMap((t) => [`coverage.participantType.${t}`, `coverage.participantColumn.${t}`]),
          ...COVERAGE_SOURCES.map((s) => `coverage.source.${s}`),
          'coverage.gaps.absent',
          'coverage.gaps.low-share',
          'historyImport.preview.created',
          'historyImport.preview.updated',
          'historyImport.preview.unchanged',
          'engagement.member.kind.proposal',
          'engagement.member.kind.call-submission',
        ],
        sv,
        en,
      ),
    ).toEqual([]);
  });
});
