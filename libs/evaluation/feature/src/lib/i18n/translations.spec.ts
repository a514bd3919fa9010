import { join } from 'node:path';
import { EVALUATION_SCORES, EVALUATION_STATES } from '@samverkan/evaluation/contract';
import { emptyKeys, missingKeys, quotedKeys } from '@samverkan/shared/testing';
import type { Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { EVALUATION_TEXTS } from './texts';

describe('evaluation translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary(EVALUATION_TEXTS, 'sv');
    en = await loadDictionary(EVALUATION_TEXTS, 'en');
  });

  it('has the same keys in Swedish and English in every group, none empty', async () => {
    expect(await keyDifferences(EVALUATION_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use and every key built from the contract', () => {
    const used = quotedKeys(join(__dirname, '..'), ['evaluation', 'evaluationResults']);
    expect(used.length).toBeGreaterThan(30);
    expect(
      missingKeys(
        [
          ...used,
          ...EVALUATION_SCORES.map((s) => `evaluation.scale.${s}`),
          ...EVALUATION_STATES.filter((s) => s !== 'open').map((s) => `evaluation.state.${s}`),
          ...EVALUATION_STATES.filter((s) => s !== 'not-confirmed').map((s) => `evaluationResults.state.${s}`),
        ],
        sv,
        en,
      ),
    ).toEqual([]);
  });
});
