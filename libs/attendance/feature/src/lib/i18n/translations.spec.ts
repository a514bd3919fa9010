import { join } from 'node:path';
import { ORGANISATION_TYPES } from '@samverkan/identity/contract';
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

  it('has the same keys in Swedish and English, none empty', async () => {
    expect(await keyDifferences(ATTENDANCE_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use and every key built at run time', () => {
    const used = quotedKeys(join(__dirname, '..'), ['checkIn', 'directory']);
    expect(used.length).toBeGreaterThan(26);
    const built = [
      ...ORGANISATION_TYPES.map((t) => `checkIn.orgType.${t}`),
      ...['denied', 'noCamera', 'unsupported', 'failed'].map((p) => `checkIn.camera.${p}`),
      'checkIn.result.undone',
      'checkIn.result.notUndone',
    ];
    expect(missingKeys([...used, ...built], sv, en)).toEqual([]);
  });
});
