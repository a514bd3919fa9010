import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MINUTES_STATUSES } from '@samverkan/committee/contract';
import { DECISION_OUTCOMES } from '@samverkan/proposals/contract';
import { loadSharedEn, mergeDictionaries, sharedSv, type Dictionary } from '@samverkan/shared/ui';
import { loadProposalsEn, loadProposalsSv } from '@samverkan/proposals/feature';
import { DECIDABLE_STATES } from '../committee-api';
import { committeeEn } from './en';
import { committeePagesSv } from './pages-sv';

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

describe('committee translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = mergeDictionaries([sharedSv, await loadProposalsSv(), committeePagesSv]);
    en = mergeDictionaries([await loadSharedEn(), await loadProposalsEn(), committeeEn]);
  });

  const missing = (keys: string[]) => keys.filter((key) => typeof lookup(sv, key) !== 'string' || typeof lookup(en, key) !== 'string');

  it('has the same keys in Swedish and English, none empty', () => {
    expect(leafKeys(committeeEn).sort()).toEqual(leafKeys(committeePagesSv).sort());
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
          readFileSync(file, 'utf8').matchAll(/['"]((?:meetings|minutes|actionItems|common|errors)\.[\w-]+(?:\.[\w-]+)*)['"]/g),
        ).map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(100);
    expect(missing([...used])).toEqual([]);
  });

  it('has both texts for every key the pages build from the contract', () => {
    expect(
      missing([
        ...MINUTES_STATUSES.map((s) => `meetings.minutesStatus.${s}`),
        ...DECISION_OUTCOMES.flatMap((o) => [`meetings.outcome.${o}`, `meetings.decision.outcomes.${o}`]),
        ...DECIDABLE_STATES.map((s) => `meetings.items.state.${s}`),
      ]),
    ).toEqual([]);
  });
});
