import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { AgendaItemType } from './agenda';

/**
 * Each focus area's share of a programme's time: the one rule the agenda editor, the publish preview,
 * the proposals' "fills a gap" marker and the coverage report all use.
 *
 * Programme time is the time of timed items that are programme (not breaks, meals or networking). An
 * item tagged with two focus areas counts its full time for each, so shares can add up to more than 1.
 */
export const PROGRAMME_ITEM_TYPES = ['keynote', 'panel', 'seminar', 'workshop', 'study-visit'] as const satisfies readonly AgendaItemType[];

/** A focus area below this share of programme time is short (a gap in the coverage report). */
export const DEFAULT_MIN_SHARE = 0.1;

/** What the rule needs of an item: a draft agenda item or a published programme item both fit. */
export interface ShareItem {
  type: AgendaItemType;
  startsAt: string | null;
  endsAt: string | null;
  focusAreaCodes: readonly string[];
}

export interface FocusAreaShare {
  focusAreaCode: FocusAreaCode;
  minutes: number;
  /** minutes / programme minutes (0–1, four decimals); 0 when the programme has no time yet. */
  share: number;
  /** Below the threshold. */
  short: boolean;
}

export interface ProgrammeShares {
  programmeMinutes: number;
  minShare: number;
  /** One entry per focus area asked for, in that order. */
  areas: FocusAreaShare[];
}

/** GET /api/conferences/:id/agenda/coverage-preview: the draft's shares, as publishing would make them. */
export interface CoveragePreview extends ProgrammeShares {
  conferenceId: string;
  /** The areas below the threshold (warn before publishing), in the order of `areas`. */
  shortAreaCodes: FocusAreaCode[];
}

export function isProgrammeType(type: string): boolean {
  return (PROGRAMME_ITEM_TYPES as readonly string[]).includes(type);
}

/** Minutes of programme time of one item: 0 for an unscheduled item or one that is not programme. */
export function programmeMinutesOf(item: ShareItem): number {
  if (!item.startsAt || !item.endsAt || !isProgrammeType(item.type)) return 0;
  const minutes = (new Date(item.endsAt).getTime() - new Date(item.startsAt).getTime()) / 60_000;
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/** A part of the programme time as a share, rounded to four decimals; 0 when there is no programme time. */
export function shareOf(minutes: number, programmeMinutes: number): number {
  return programmeMinutes > 0 ? Math.round((minutes / programmeMinutes) * 10_000) / 10_000 : 0;
}

/** The threshold rule: strictly below `minShare` is short. */
export function isShort(share: number, minShare: number = DEFAULT_MIN_SHARE): boolean {
  return share < minShare;
}

/**
 * Every given focus area's minutes and share of the items' programme time. With no programme time
 * yet every area is short: nothing covers it.
 */
export function focusAreaShares(
  items: readonly ShareItem[],
  codes: readonly FocusAreaCode[],
  minShare: number = DEFAULT_MIN_SHARE,
): ProgrammeShares {
  let programmeMinutes = 0;
  const minutesByCode = new Map<string, number>();
  for (const item of items) {
    const minutes = programmeMinutesOf(item);
    if (!minutes) continue;
    programmeMinutes += minutes;
    for (const code of new Set(item.focusAreaCodes)) minutesByCode.set(code, (minutesByCode.get(code) ?? 0) + minutes);
  }
  const areas = codes.map((code) => {
    const minutes = Math.round(minutesByCode.get(code) ?? 0);
    const share = shareOf(minutesByCode.get(code) ?? 0, programmeMinutes);
    return { focusAreaCode: code, minutes, share, short: isShort(share, minShare) };
  });
  return { programmeMinutes: Math.round(programmeMinutes), minShare, areas };
}

/** The codes of the short areas, in order. */
export function shortAreaCodes(shares: ProgrammeShares): FocusAreaCode[] {
  return shares.areas.filter((area) => area.short).map((area) => area.focusAreaCode);
}
