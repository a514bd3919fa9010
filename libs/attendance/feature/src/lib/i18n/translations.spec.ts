import { join } from 'node:path';
import { emptyKeys, missingKeys, quotedKeys } from '@samverkan/shared/testing';
import type { Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { ATTENDANCE_TEXTS } from './texts';

describe('attendance translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary(ATTENDANCE_TEXTS, 'sv');
    en = await loadDictionary(ATTENDANCE_TEXTS, 'en');
  });

  it('has the same keys in Swedish and English in every group, none empty', async () => {
    expect(await keyDifferences(ATTENDANCE_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use', () => {
    const used = quotedKeys(join(__dirname, '..'), ['directory']);
    expect(used.length).toBeGreaterThan(6);
    expect(missingKeys(used, sv, en)).toEqual([]);
  });
});
