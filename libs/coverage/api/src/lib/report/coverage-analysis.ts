import {
  PARTICIPANT_TYPES,
  type CoverageCell,
  type CoverageConference,
  type CoverageFigures,
  type CoverageGap,
  type CoverageSuggestion,
  type CoverageYearCell,
  type ParticipantMix,
  type ParticipantType,
} from '@samverkan/coverage/contract';
import { isShort, shareOf } from '@samverkan/agenda/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** The organisation types whose cooperation the strategy asks for (focus area `cooperation`). */
export const COOPERATION_TYPES: readonly ParticipantType[] = ['municipality', 'business', 'region', 'state-agency'];
/** A cooperation partner below this share of the participants of the last N conferences gets a suggestion. */
export const MIN_PARTICIPANT_SHARE = 0.05;
export const MAX_SUGGESTIONS = 5;

export type RawFigures = Omit<CoverageFigures, 'share'>;

export const ZERO_FIGURES: RawFigures = {
  themes: 0,
  items: 0,
  minutes: 0,
  proposalsSubmitted: 0,
  proposalsAccepted: 0,
  signups: 0,
  evaluationWishes: 0,
};

export function addFigures(a: RawFigures, b: RawFigures): RawFigures {
  return {
    themes: a.themes + b.themes,
    items: a.items + b.items,
    minutes: a.minutes + b.minutes,
    proposalsSubmitted: a.proposalsSubmitted + b.proposalsSubmitted,
    proposalsAccepted: a.proposalsAccepted + b.proposalsAccepted,
    signups: a.signups + b.signups,
    evaluationWishes: a.evaluationWishes + b.evaluationWishes,
  };
}

export function withShare(figures: RawFigures, programmeMinutes: number): CoverageFigures {
  return { ...figures, share: shareOf(figures.minutes, programmeMinutes) };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * Builds the full grid (every area × every conference, zeros included) from the sparse rows the
 * database returned, then the per-year grid and each area's totals.
 */
export function buildGrid(
  codes: readonly FocusAreaCode[],
  conferences: readonly CoverageConference[],
  rows: ReadonlyArray<RawFigures & { conferenceId: string; code: string }>,
): { cells: CoverageCell[]; byYear: CoverageYearCell[]; totals: Map<FocusAreaCode, CoverageFigures> } {
  const sparse = new Map(rows.map((row) => [`${row.conferenceId}|${row.code}`, row]));
  const cells: CoverageCell[] = [];
  for (const code of codes) {
    for (const conference of conferences) {
      const row = sparse.get(`${conference.id}|${code}`);
      const figures: RawFigures = row ? pickFigures(row) : ZERO_FIGURES;
      cells.push({ focusAreaCode: code, conferenceId: conference.id, ...withShare(figures, conference.programmeMinutes) });
    }
  }
  const years = [...new Set(conferences.map((c) => c.year))].sort((a, b) => a - b);
  const yearOf = new Map(conferences.map((c) => [c.id, c.year]));
  const programmeByYear = new Map<number, number>();
  for (const c of conferences) programmeByYear.set(c.year, (programmeByYear.get(c.year) ?? 0) + c.programmeMinutes);
  const programmeTotal = conferences.reduce((sum, c) => sum + c.programmeMinutes, 0);

  const byYear: CoverageYearCell[] = [];
  const totals = new Map<FocusAreaCode, CoverageFigures>();
  for (const code of codes) {
    const perYear = new Map<number, RawFigures>(years.map((y) => [y, ZERO_FIGURES]));
    let total = ZERO_FIGURES;
    for (const cell of cells) {
      if (cell.focusAreaCode !== code) continue;
      const year = yearOf.get(cell.conferenceId) as number;
      perYear.set(year, addFigures(perYear.get(year) as RawFigures, cell));
      total = addFigures(total, cell);
    }
    for (const year of years) {
      byYear.push({ focusAreaCode: code, year, ...withShare(perYear.get(year) as RawFigures, programmeByYear.get(year) ?? 0) });
    }
    totals.set(code, withShare(total, programmeTotal));
  }
  return { cells, byYear, totals };
}

function pickFigures(row: RawFigures): RawFigures {
  return {
    themes: row.themes,
    items: row.items,
    minutes: row.minutes,
    proposalsSubmitted: row.proposalsSubmitted,
    proposalsAccepted: row.proposalsAccepted,
    signups: row.signups,
    evaluationWishes: row.evaluationWishes,
  };
}

/**
 * The gap rules, over the last `lastN` conferences of the selection: a focus area with neither a theme
 * nor a programme item in any of them is `absent`; one with less than `minShare` of their programme
 * time is `low-share`. An area is reported once, `absent` first.
 */
export function findGaps(
  codes: readonly FocusAreaCode[],
  conferences: readonly CoverageConference[],
  cells: readonly CoverageCell[],
  minShare: number,
  lastN: number,
): CoverageGap[] {
  const recent = lastConferences(conferences, lastN);
  if (!recent.length) return [];
  const ids = new Set(recent.map((c) => c.id));
  const programme = recent.reduce((sum, c) => sum + c.programmeMinutes, 0);
  const gaps: CoverageGap[] = [];
  for (const code of codes) {
    const mine = cells.filter((cell) => cell.focusAreaCode === code && ids.has(cell.conferenceId));
    const minutes = mine.reduce((sum, cell) => sum + cell.minutes, 0);
    const share = shareOf(minutes, programme);
    const conferenceIds = recent.map((c) => c.id);
    if (mine.every((cell) => cell.themes === 0 && cell.items === 0)) {
      gaps.push({ focusAreaCode: code, kind: 'absent', share, conferenceIds });
    } else if (programme > 0 && isShort(share, minShare)) {
      gaps.push({ focusAreaCode: code, kind: 'low-share', share, conferenceIds });
    }
  }
  return gaps;
}

/** The last `n` conferences by date, newest first. */
export function lastConferences(conferences: readonly CoverageConference[], n: number): CoverageConference[] {
  return [...conferences].sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0)).slice(0, n);
}

/**
 * A short list for planning the next conference: bring back absent areas, give more room to thin ones
 * (thinnest first), use accepted proposals that are not on any agenda yet, and invite the cooperation
 * partners who were scarce among the participants.
 */
export function suggest(
  gaps: readonly CoverageGap[],
  unscheduledAccepted: ReadonlyMap<string, number>,
  recentMix: readonly ParticipantMix[],
): CoverageSuggestion[] {
  const suggestions: CoverageSuggestion[] = [];
  const ordered = [...gaps].sort((a, b) => (a.kind === b.kind ? a.share - b.share : a.kind === 'absent' ? -1 : 1));
  for (const gap of ordered) {
    suggestions.push(
      gap.kind === 'absent'
        ? { kind: 'bring-back', focusAreaCode: gap.focusAreaCode }
        : { kind: 'give-room', focusAreaCode: gap.focusAreaCode, share: gap.share },
    );
  }
  for (const gap of ordered) {
    const count = unscheduledAccepted.get(gap.focusAreaCode) ?? 0;
    if (count > 0) suggestions.push({ kind: 'use-accepted-proposals', focusAreaCode: gap.focusAreaCode, count });
  }
  const total = recentMix.reduce((sum, mix) => sum + mix.total, 0);
  if (total > 0) {
    const scarce = COOPERATION_TYPES.map((type) => ({ type, share: recentMix.reduce((sum, mix) => sum + mix.counts[type], 0) / total }))
      .filter((entry) => entry.share < MIN_PARTICIPANT_SHARE)
      .sort((a, b) => a.share - b.share);
    for (const entry of scarce) suggestions.push({ kind: 'invite-participants', participantType: entry.type, share: round(entry.share) });
  }
  return suggestions.slice(0, MAX_SUGGESTIONS);
}

export function emptyCounts(): Record<ParticipantType, number> {
  return Object.fromEntries(PARTICIPANT_TYPES.map((type) => [type, 0])) as Record<ParticipantType, number>;
}
