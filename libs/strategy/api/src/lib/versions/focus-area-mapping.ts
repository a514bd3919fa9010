import type { FocusAreaMappingEntry } from '@samverkan/strategy/contract';

/**
 * One adoption in the history of the focus areas: how each area of the version before maps to the
 * areas of the adopted one (several targets: split or shared; the same target from several: merged;
 * none: retired). A code the step does not mention was not in the version before and passes unchanged.
 */
export type MappingStep = readonly FocusAreaMappingEntry[];

/**
 * The codes of the newest version that an area code stands for, following the steps from the oldest to
 * the newest. A conference tagged with an old code is counted under these codes, so coverage stays
 * comparable across versions. Returned in first-seen order without duplicates; empty when retired.
 */
export function translateCode(code: string, steps: readonly MappingStep[]): string[] {
  let codes = [code];
  for (const step of steps) {
    const byFrom = new Map(step.map((entry) => [entry.from, entry.to]));
    codes = unique(codes.flatMap((c) => byFrom.get(c) ?? [c]));
  }
  return codes;
}

/**
 * Every (old or current code → current code) pair for the codes given, limited to the current version's
 * codes: the join table the coverage queries translate with. The current codes map to themselves.
 */
export function translationPairs(
  codes: Iterable<string>,
  steps: readonly MappingStep[],
  currentCodes: readonly string[],
): Array<{ from: string; to: string }> {
  const current = new Set(currentCodes);
  const all = unique([...currentCodes, ...codes, ...steps.flatMap((step) => step.map((entry) => entry.from))]);
  return all.flatMap((from) =>
    translateCode(from, steps)
      .filter((to) => current.has(to))
      .map((to) => ({ from, to })),
  );
}

export interface MappingProblems {
  /** Codes of the version before that the mapping does not mention. */
  missing: string[];
  /** `from` codes that were not in the version before. */
  unknownFrom: string[];
  /** `to` codes this version does not have. */
  unknownTo: string[];
  /** `from` codes given more than once. */
  repeated: string[];
}

/** What is wrong with a mapping from `previousCodes` to `nextCodes` (all lists empty: complete and consistent). */
export function checkMapping(
  previousCodes: readonly string[],
  nextCodes: readonly string[],
  entries: readonly FocusAreaMappingEntry[],
): MappingProblems {
  const previous = new Set(previousCodes);
  const next = new Set(nextCodes);
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.from)) repeated.push(entry.from);
    seen.add(entry.from);
  }
  return {
    missing: previousCodes.filter((code) => !seen.has(code)),
    unknownFrom: unique(entries.map((e) => e.from).filter((code) => !previous.has(code))),
    unknownTo: unique(entries.flatMap((e) => e.to).filter((code) => !next.has(code))),
    repeated: unique(repeated),
  };
}

export function mappingIsComplete(problems: MappingProblems): boolean {
  return !problems.missing.length && !problems.unknownFrom.length && !problems.unknownTo.length && !problems.repeated.length;
}

/** The stored rows of a mapping as entries: one per old code, a null target standing for "retired". */
export function groupMapping(rows: ReadonlyArray<{ fromCode: string; toCode: string | null }>): FocusAreaMappingEntry[] {
  const byFrom = new Map<string, string[]>();
  for (const row of rows) {
    const targets = byFrom.get(row.fromCode) ?? [];
    if (row.toCode) targets.push(row.toCode);
    byFrom.set(row.fromCode, targets);
  }
  return [...byFrom].map(([from, to]) => ({ from, to }));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
