import type { FocusAreaDiff, PositionDiff, StrategyDiffResponse } from '@samverkan/strategy/contract';
import { changed, diffWords } from './word-diff';

/** The parts of a version the diff compares. */
export interface ComparableVersion {
  id: string;
  title: string;
  preamble: string;
  vision: string;
  focusAreas: ReadonlyArray<{ code: string; titleSv: string; text: string; positions: ReadonlyArray<{ text: string }> }>;
}

/**
 * Compares `base` (the older side) with `other`, per focus area (matched by code) and per position.
 * Positions are aligned by their longest common run of unchanged texts; between two unchanged ones,
 * removed and added positions are paired in order as changed wordings, the rest stay added or removed.
 * Areas come in `other`'s order, then the areas only `base` has.
 */
export function diffVersions(base: ComparableVersion, other: ComparableVersion): StrategyDiffResponse {
  const baseAreas = new Map(base.focusAreas.map((area) => [area.code, area]));
  const otherCodes = new Set(other.focusAreas.map((area) => area.code));
  const focusAreas: FocusAreaDiff[] = other.focusAreas.map((area) => {
    const before = baseAreas.get(area.code);
    const title = diffWords(before?.titleSv ?? '', area.titleSv);
    const text = diffWords(before?.text ?? '', area.text);
    const positions = diffPositions(
      before?.positions.map((p) => p.text) ?? [],
      area.positions.map((p) => p.text),
    );
    const kind = !before ? 'added' : changed(title) || changed(text) || positions.some((p) => p.kind !== 'same') ? 'changed' : 'same';
    return { code: area.code, kind, title, text, positions };
  });
  for (const area of base.focusAreas) {
    if (otherCodes.has(area.code)) continue;
    focusAreas.push({
      code: area.code,
      kind: 'removed',
      title: diffWords(area.titleSv, ''),
      text: diffWords(area.text, ''),
      positions: area.positions.map((p) => ({ kind: 'removed', words: diffWords(p.text, '') })),
    });
  }
  return {
    baseId: base.id,
    otherId: other.id,
    title: diffWords(base.title, other.title),
    preamble: diffWords(base.preamble, other.preamble),
    vision: diffWords(base.vision, other.vision),
    focusAreas,
  };
}

export function diffPositions(before: readonly string[], after: readonly string[]): PositionDiff[] {
  const lcs: number[][] = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      lcs[i][j] = same(before[i], after[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: PositionDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) out.push({ kind: 'changed', words: diffWords(removed[k], added[k]) });
    for (const text of removed.slice(paired)) out.push({ kind: 'removed', words: diffWords(text, '') });
    for (const text of added.slice(paired)) out.push({ kind: 'added', words: diffWords('', text) });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && same(before[i], after[j])) {
      flush();
      out.push({ kind: 'same', words: diffWords(before[i], after[j]) });
      i++;
      j++;
    } else if (i < before.length && (j === after.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      removed.push(before[i++]);
    } else {
      added.push(after[j++]);
    }
  }
  flush();
  return out;
}

function same(a: string, b: string): boolean {
  return !changed(diffWords(a, b));
}
