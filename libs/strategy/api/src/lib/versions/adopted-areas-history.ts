import type { EntityManager } from 'typeorm';
import type { FocusAreaMappingEntry } from '@samverkan/strategy/contract';
import { translationPairs, type MappingStep } from './focus-area-mapping';

export interface AdoptedArea {
  code: string;
  titleSv: string;
  titleEn: string;
}

/** The adopted and replaced versions as the one query below returns them. */
export interface VersionHistoryRow {
  id: string;
  state: string;
  based_on_id: string | null;
  areas: AdoptedArea[];
  mapping: FocusAreaMappingEntry[];
}

/**
 * The mapping steps from the oldest version to the adopted one: follows `basedOn` back from the adopted
 * version (each version's mapping is from the one it was based on) and returns them oldest first.
 */
export function stepsToAdopted(rows: readonly VersionHistoryRow[]): { adopted: VersionHistoryRow | null; steps: MappingStep[] } {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const adopted = rows.find((row) => row.state === 'adopted') ?? null;
  const steps: MappingStep[] = [];
  const seen = new Set<string>();
  for (let v = adopted; v?.based_on_id && !seen.has(v.id); v = byId.get(v.based_on_id) ?? null) {
    seen.add(v.id);
    steps.unshift(v.mapping);
  }
  return { adopted, steps };
}

/** The adopted and replaced versions with their areas (the adopted one's) and mappings: rows for `adoptedAreasOf`. */
export const HISTORY_SQL = `
  SELECT s.id, s.state, s.based_on_id,
         CASE WHEN s.state = 'adopted' THEN coalesce((
           SELECT json_agg(json_build_object('code', f.code, 'titleSv', f.title_sv, 'titleEn', f.title_en) ORDER BY f.position)
             FROM focus_areas f WHERE f.strategy_id = s.id), '[]') ELSE '[]' END AS areas,
         coalesce((
           SELECT json_agg(json_build_object('from', m.from_code, 'to', m.to_codes))
             FROM (SELECT from_code, coalesce(array_agg(to_code ORDER BY to_code) FILTER (WHERE to_code IS NOT NULL), '{}') AS to_codes
                     FROM focus_area_mappings WHERE strategy_id = s.id GROUP BY from_code) m), '[]') AS mapping
    FROM strategies s
   WHERE s.state IN ('adopted', 'replaced')`;

/**
 * The adopted version's focus areas and the translation of every older code into them (one query), so
 * that figures tagged with the codes of earlier versions are counted under today's areas: `pairs` lists
 * (code → adopted code) for the adopted codes (to themselves), the codes of every earlier version in the
 * chain, and `extraCodes`. Null when nothing is adopted.
 */
export async function loadAdoptedAreasWithHistory(
  manager: EntityManager,
  extraCodes: Iterable<string> = [],
): Promise<{ areas: AdoptedArea[]; pairs: Array<{ from: string; to: string }> } | null> {
  return adoptedAreasOf(await manager.query<VersionHistoryRow[]>(HISTORY_SQL), extraCodes);
}

/** `loadAdoptedAreasWithHistory` from rows of HISTORY_SQL fetched with another query (as a JSON column). */
export function adoptedAreasOf(
  rows: readonly VersionHistoryRow[],
  extraCodes: Iterable<string> = [],
): { areas: AdoptedArea[]; pairs: Array<{ from: string; to: string }> } | null {
  const { adopted, steps } = stepsToAdopted(rows);
  if (!adopted?.areas.length) return null;
  const codes = adopted.areas.map((a) => a.code);
  return { areas: adopted.areas, pairs: translationPairs(extraCodes, steps, codes) };
}

/**
 * Per code, old or adopted, the titles (Swedish, English or else Swedish) of the adopted areas it shows
 * under now: a merged code under its new area, a split one under each part, a retired one under none.
 */
export function adoptedTitlesByCode(
  history: { areas: readonly AdoptedArea[]; pairs: ReadonlyArray<{ from: string; to: string }> } | null,
): Record<string, Array<[string, string]>> {
  const titles: Record<string, Array<[string, string]>> = {};
  if (!history) return titles;
  const byCode = new Map(history.areas.map((a) => [a.code, a]));
  for (const { from, to } of history.pairs) {
    const area = byCode.get(to);
    if (area) (titles[from] ??= []).push([area.titleSv, area.titleEn || area.titleSv]);
  }
  return titles;
}
