import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COVERAGE_SOURCES, PARTICIPANT_TYPES, type CoverageItemKind, type CoverageSuggestionKind } from '@samverkan/coverage/contract';
import type { Dictionary } from '@samverkan/shared/ui';
import { coverageEn } from './en';
import { coverageSv } from './sv';

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

describe('coverage translations', () => {
  const missing = (keys: string[]) =>
    keys.filter((key) => typeof lookup(coverageSv, key) !== 'string' || typeof lookup(coverageEn, key) !== 'string');

  it('has the same keys in Swedish and English, none empty', () => {
    expect(leafKeys(coverageEn).sort()).toEqual(leafKeys(coverageSv).sort());
    expect(leafKeys(coverageSv).filter((k) => !String(lookup(coverageSv, k)).trim())).toEqual([]);
  });

  it('has both texts for every quoted key the sources use and every key built from the contract', () => {
    const used = new Set(
      sources(join(__dirname, '..')).flatMap((file) =>
        Array.from(readFileSync(file, 'utf8').matchAll(/['"]((?:coverage|historyImport)\.[\w-]+(?:\.[\w-]+)*)['"]/g)).map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(60);
    const kinds: CoverageItemKind[] = ['theme', 'agenda-item', 'proposal', 'session'];
    const suggestions: CoverageSuggestionKind[] = ['give-room', 'bring-back', 'use-accepted-proposals', 'invite-participants'];
    expect(
      missing([
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
      ]),
    ).toEqual([]);
  });
});
