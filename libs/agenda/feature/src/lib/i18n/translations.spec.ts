import { join } from 'node:path';
import { AGENDA_ITEM_TYPES, CONFLICT_KINDS, type AgendaItemRequest } from '@samverkan/agenda/contract';
import { CONFERENCE_STATUSES } from '@samverkan/conferences/contract';
import { emptyKeys, missingKeys, quotedKeys } from '@samverkan/shared/testing';
import { sharedTexts, type Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { AGENDA_TEXTS } from './texts';

describe('agenda translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary([sharedTexts, ...AGENDA_TEXTS], 'sv');
    en = await loadDictionary([sharedTexts, ...AGENDA_TEXTS], 'en');
  });

  const missing = (keys: string[]) => missingKeys(keys, sv, en);

  it('has the same keys in Swedish and English in every group, none empty', async () => {
    expect(await keyDifferences(AGENDA_TEXTS)).toEqual([]);
    expect([...emptyKeys(sv), ...emptyKeys(en)]).toEqual([]);
  });

  it('has both texts for every quoted key the sources use (templates, route titles, loading labels)', () => {
    const used = quotedKeys(join(__dirname, '..'), ['programme', 'agendaEditor', 'agendaType', 'common', 'errors']);
    expect(used.length).toBeGreaterThan(100);
    expect(missing(used)).toEqual([]);
  });

  it('has both texts for every key the pages build from the contract', () => {
    expect(missing(AGENDA_ITEM_TYPES.map((type) => `agendaType.${type}`))).toEqual([]);
    expect(missing(['added', 'moved', 'changed', 'removed'].map((kind) => `programme.changeKind.${kind}`))).toEqual([]);
    expect(missing(CONFLICT_KINDS.map((kind) => `agendaEditor.conflictKind.${kind}`))).toEqual([]);
    expect(missing(CONFERENCE_STATUSES.map((status) => `agendaEditor.status.${status}`))).toEqual([]);
    // The 409 dialog names each field a change can touch (a Record so a new request field must be listed here).
    const fields: Record<keyof AgendaItemRequest, true> = {
      titleSv: true,
      titleEn: true,
      descriptionSv: true,
      descriptionEn: true,
      type: true,
      startsAt: true,
      endsAt: true,
      roomId: true,
      themeId: true,
      speakerIds: true,
      focusAreaCodes: true,
      signupRequired: true,
      signupCapacity: true,
    };
    expect(missing(Object.keys(fields).map((field) => `agendaEditor.field.${field}`))).toEqual([]);
  });
});
