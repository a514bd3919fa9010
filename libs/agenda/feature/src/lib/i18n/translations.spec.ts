import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AGENDA_ITEM_TYPES, CONFLICT_KINDS, type AgendaItemRequest } from '@samverkan/agenda/contract';
import { CONFERENCE_STATUSES } from '@samverkan/conferences/contract';
import { loadSharedEn, mergeDictionaries, sharedSv, type Dictionary } from '@samverkan/shared/ui';
import { agendaEn } from './en';
import { loadAgendaEn } from './load-english';
import { agendaPagesSv as agendaSv } from './pages-sv';

function leafKeys(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(dictionary: Dictionary, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('agenda translations', () => {
  const sv = mergeDictionaries([sharedSv, agendaSv]);
  let en: Dictionary;

  beforeAll(async () => {
    en = mergeDictionaries([await loadSharedEn(), await loadAgendaEn()]);
  });

  const missing = (keys: string[]) => keys.filter((key) => typeof lookup(sv, key) !== 'string' || typeof lookup(en, key) !== 'string');

  it('has the same keys in Swedish and English, none empty', () => {
    expect(leafKeys(agendaEn).sort()).toEqual(leafKeys(agendaSv).sort());
    const empty = [
      ...leafKeys(sv).filter((k) => !String(lookup(sv, k)).trim()),
      ...leafKeys(en).filter((k) => !String(lookup(en, k)).trim()),
    ];
    expect(empty).toEqual([]);
  });

  it('has both texts for every quoted key the sources use (templates, route titles, loading labels)', () => {
    const used = new Set(
      sources(join(__dirname, '..')).flatMap((file) =>
        Array.from(
          readFileSync(file, 'utf8').matchAll(/['"]((?:programme|agendaEditor|agendaType|common|errors)\.[\w-]+(?:\.[\w-]+)*)['"]/g),
        ).map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(100);
    expect(missing([...used])).toEqual([]);
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
      speakers: true,
      focusAreaCodes: true,
      signupRequired: true,
      signupCapacity: true,
    };
    expect(missing(Object.keys(fields).map((field) => `agendaEditor.field.${field}`))).toEqual([]);
  });
});
