import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { identitySv, loadIdentityEn } from '@samverkan/identity/feature';
import { loadSharedEn, mergeDictionaries, sharedSv, type Dictionary } from '@samverkan/shared/ui';
import { loadStrategyEn, strategySv } from '@samverkan/strategy/feature';
import { appEn } from './en';
import { appSv } from './sv';

/**
 * Every text in the UI goes through a translation key. This checks, across the app and the
 * feature and UI libraries, that each key the templates and code use exists in both languages.
 */
const root = join(__dirname, '../../../../..');
const sourceDirs = ['apps/web/src/app', 'libs/shared/ui/src', 'libs/identity/feature/src', 'libs/strategy/feature/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') && !path.includes('/i18n/') ? [path] : [];
  });
}

function keysIn(text: string): string[] {
  const patterns = [
    /'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'\s*\|\s*translate/g, // 'key.path' | translate
    /\(\s*[^()?]*\?\s*'([\w.-]+)'\s*:\s*'([\w.-]+)'\s*\)\s*\|\s*translate/g, // (cond ? 'a' : 'b') | translate
    /instant\(\s*'([\w.-]+)'/g, // translate.instant('key')
    /\btitle:\s*'([\w.-]+)'/g, // route titles
    /label="([\w-]+\.[\w.-]+)"/g, // <sv-loading-indicator label="key">
  ];
  return patterns.flatMap((pattern) => Array.from(text.matchAll(pattern)).flatMap((m) => m.slice(1).filter(Boolean)));
}

function lookup(dictionary: Dictionary, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
}

function leafKeys(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = mergeDictionaries([sharedSv, identitySv, strategySv, appSv]);
    en = mergeDictionaries([await loadSharedEn(), await loadIdentityEn(), await loadStrategyEn(), appEn]);
  });

  it('has the same keys in Swedish and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(sv).sort());
  });

  it('has no empty texts', () => {
    for (const [language, dictionary] of [['sv', sv], ['en', en]] as const) {
      const empty = leafKeys(dictionary).filter((key) => !String(lookup(dictionary, key)).trim());
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it('has a text in both languages for every key the sources use', () => {
    const used = new Set(sourceDirs.flatMap((dir) => sourceFiles(join(root, dir))).flatMap((file) => keysIn(readFileSync(file, 'utf8'))));
    expect(used.size).toBeGreaterThan(80);
    const missing = [...used].filter((key) => typeof lookup(sv, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('has a text for every role, organisation type and role home the pages build keys for', () => {
    for (const role of ['admin', 'working-committee', 'programme-council']) {
      for (const key of [`roles.${role}`, `home.${role}.title`, `home.${role}.intro`, `home.${role}.task1`, `home.${role}.task3`]) {
        expect([key, typeof lookup(sv, key), typeof lookup(en, key)]).toEqual([key, 'string', 'string']);
      }
    }
    for (const type of ['municipality', 'business', 'region', 'state-agency', 'other']) {
      expect(typeof lookup(en, `organisationTypes.${type}`)).toBe('string');
    }
  });
});
