import type { StrategyFocusAreaResponse, StrategyState, StrategyVersionSummary } from '@samverkan/strategy/contract';
import { formatDay, type Locale } from '@samverkan/shared/util-dates';

/** The translation key of a version's status. */
export function statusKey(state: StrategyState): string {
  return `strategyPages.status.${state}`;
}

/** When a version was adopted, as a Stockholm date; null when not adopted or not recorded. */
export function adoptedOn(version: Pick<StrategyVersionSummary, 'adoptedAt'>, language: Locale): string | null {
  return version.adoptedAt ? formatDay(version.adoptedAt, language) : null;
}

export { paragraphsOf as paragraphs } from '@samverkan/strategy/contract';

/** The area's title in the page's language (the Swedish one when no English title is given). */
export function areaTitle(area: Pick<StrategyFocusAreaResponse, 'titleSv' | 'titleEn'>, language: Locale): string {
  return language === 'en' && area.titleEn ? area.titleEn : area.titleSv;
}

/** Moves the element at `from` one step up (-1) or down (+1); the same list when it cannot move. */
export function moved<T>(list: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[from], copy[to]] = [copy[to], copy[from]];
  return copy;
}
