import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DECISION_OUTCOMES, PROPOSAL_FORMATS, PROPOSAL_KINDS, PROPOSAL_STATES, REVIEW_CRITERIA } from '@samverkan/proposals/contract';
import { loadSharedEn, mergeDictionaries, sharedSv, type Dictionary } from '@samverkan/shared/ui';
import { HISTORY_ACTIONS } from '../detail/proposal-history';
import { proposalsEn } from './en';
import { lineageSv } from '../lineage/lineage-sv';
import { proposalPagesSv } from './pages-sv';

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

describe('proposals translations', () => {
  const sv = mergeDictionaries([sharedSv, lineageSv, proposalPagesSv]);
  let en: Dictionary;

  beforeAll(async () => {
    en = mergeDictionaries([await loadSharedEn(), proposalsEn]);
  });

  const missing = (keys: string[]) => keys.filter((key) => typeof lookup(sv, key) !== 'string' || typeof lookup(en, key) !== 'string');

  it('has the same keys in Swedish and English, none empty', () => {
    expect(leafKeys(proposalsEn).sort()).toEqual(leafKeys(mergeDictionaries([lineageSv, proposalPagesSv])).sort());
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
          readFileSync(file, 'utf8').matchAll(
            /['"]((?:proposals|proposalState|proposalKind|proposalFormat|common|errors)\.[\w-]+(?:\.[\w-]+)*)['"]/g,
          ),
        ).map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(100);
    expect(missing([...used])).toEqual([]);
  });

  it('has both texts for every key the pages build from the contract', () => {
    expect(
      missing([
        ...PROPOSAL_STATES.map((s) => `proposalState.${s}`),
        ...PROPOSAL_KINDS.map((k) => `proposalKind.${k}`),
        ...PROPOSAL_FORMATS.map((f) => `proposalFormat.${f}`),
        ...DECISION_OUTCOMES.map((o) => `proposals.decision.outcome.${o}`),
        ...REVIEW_CRITERIA.flatMap((c) => [`proposals.reviews.criteria.${c}`, `proposals.reviews.criteriaHelp.${c}`]),
        ...HISTORY_ACTIONS.map((a) => `proposals.history.actions.${a}`),
      ]),
    ).toEqual([]);
  });
});
