import { join } from 'node:path';
import { MERGE_FIELDS, type MessageKind } from '@samverkan/messaging/contract';
import { REGISTRATION_STATUSES } from '@samverkan/registrations/contract';
import { checkTexts, emptyKeys, leafTexts, missingKeys, quotedKeys } from '@samverkan/shared/testing';
import type { Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { MESSAGING_TEXTS } from './texts';

describe('messaging translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary(MESSAGING_TEXTS, 'sv');
    en = await loadDictionary(MESSAGING_TEXTS, 'en');
  });

  it('has the same keys in Swedish and English in every group, none empty', async () => {
    expect(await keyDifferences(MESSAGING_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use and every key built from the contract', () => {
    const used = quotedKeys(join(__dirname, '..'), ['messages', 'reminders', 'myMessages']);
    expect(used.length).toBeGreaterThan(60);
    const kinds: MessageKind[] = ['message', 'reminder'];
    expect(
      missingKeys(
        [
          ...used,
          ...REGISTRATION_STATUSES.map((s) => `messages.filter.statuses.${s}`),
          ...MERGE_FIELDS.map((f) => `messages.fields.${f.key}`),
          ...kinds.flatMap((k) => [`messages.sent.kinds.${k}`, `myMessages.kinds.${k}`]),
          'messages.language.sv',
          'messages.language.en',
        ],
        sv,
        en,
      ),
    ).toEqual([]);
  });

  it('follows the term list in both languages', () => {
    expect(checkTexts(leafTexts(sv), 'sv')).toEqual([]);
    expect(checkTexts(leafTexts(en), 'en')).toEqual([]);
  });
});
