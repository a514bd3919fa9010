import { DEFAULT_MIN_SHARE, focusAreaShares, type ShareItem } from '@samverkan/agenda/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

export interface AreaTitle {
  code: FocusAreaCode;
  title: string;
}

export interface ShareRow {
  code: FocusAreaCode;
  title: string;
  minutes: number;
  share: number;
  /** The share as a percentage in the UI language. */
  percent: string;
  /** Bar width in per cent of the widest bar (100 % programme time fills it). */
  width: number;
  short: boolean;
}

/** A share as a percentage with at most one decimal, in the UI language's number format. */
export function percent(share: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** The editor's live view of the share rule (`focusAreaShares`, the coverage report's): one row per focus area. */
export function shareRows(
  items: readonly ShareItem[],
  areas: readonly AreaTitle[],
  language: string,
  minShare = DEFAULT_MIN_SHARE,
): {
  programmeMinutes: number;
  rows: ShareRow[];
} {
  const shares = focusAreaShares(
    items,
    areas.map((area) => area.code),
    minShare,
  );
  return {
    programmeMinutes: shares.programmeMinutes,
    rows: shares.areas.map((area, index) => ({
      code: area.focusAreaCode,
      title: areas[index].title,
      minutes: area.minutes,
      share: area.share,
      percent: percent(area.share, language),
      width: Math.min(100, Math.round(area.share * 100)),
      short: area.short,
    })),
  };
}

/** "Kompetensförsörjning 0 %, Samverkan 7,7 %": the short areas named for the warning before publishing. */
export function shortList(
  codes: readonly FocusAreaCode[],
  shares: ReadonlyArray<{ focusAreaCode: FocusAreaCode; share: number }>,
  areas: readonly AreaTitle[],
  language: string,
): string {
  return codes
    .map((code) => {
      const title = areas.find((area) => area.code === code)?.title ?? code;
      return `${title} ${percent(shares.find((s) => s.focusAreaCode === code)?.share ?? 0, language)}`;
    })
    .join(', ');
}
