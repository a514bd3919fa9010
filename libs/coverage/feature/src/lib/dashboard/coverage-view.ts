import type { CoverageCell, CoverageConference, CoverageGap, CoverageReport, CoverageSuggestion } from '@samverkan/coverage/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** Distinct colours for six series that also pass 3:1 against white (WCAG 1.4.11 non-text contrast). */
export const SERIES_COLOURS: Record<FocusAreaCode, string> = {
  infrastructure: '#1f5fa8',
  digitalisation: '#7b3fa0',
  'green-transition': '#2e7d32',
  skills: '#b35c00',
  'living-environment': '#c2185b',
  cooperation: '#00796b',
};

export const PARTICIPANT_COLOURS = ['#1f5fa8', '#b35c00', '#2e7d32', '#7b3fa0', '#5f6368'];

/** Share as a percentage with one decimal, in the UI language's number format. */
export function percent(share: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/**
 * Heat-map cell colour from the share of programme time: five steps of one hue, light to dark, the
 * text switching to white where the background is dark enough to keep 4.5:1.
 */
export function heatLevel(share: number): 0 | 1 | 2 | 3 | 4 {
  if (share <= 0) return 0;
  if (share < 0.1) return 1;
  if (share < 0.2) return 2;
  if (share < 0.35) return 3;
  return 4;
}

/** The grid as rows (areas) of cells in conference order, for the heat map and its export. */
export function heatRows(report: CoverageReport): Array<{ code: FocusAreaCode; cells: CoverageCell[] }> {
  const byKey = new Map(report.cells.map((cell) => [`${cell.focusAreaCode}|${cell.conferenceId}`, cell]));
  return report.focusAreas.map((area) => ({
    code: area.code,
    cells: report.conferences.map((c) => byKey.get(`${area.code}|${c.id}`) as CoverageCell),
  }));
}

/** Whether a cell lies inside a gap (its area has a gap, and the rule looked at its conference). */
export function inGap(gaps: readonly CoverageGap[], cell: CoverageCell): CoverageGap | undefined {
  return gaps.find((gap) => gap.focusAreaCode === cell.focusAreaCode && gap.conferenceIds.includes(cell.conferenceId));
}

/** Translation key and parameters of a suggestion. */
export function suggestionText(
  suggestion: CoverageSuggestion,
  areaTitle: (code: FocusAreaCode) => string,
  language: string,
): { key: string; params: Record<string, string | number> } {
  return {
    key: `coverage.suggestions.${suggestion.kind}`,
    params: {
      area: suggestion.focusAreaCode ? areaTitle(suggestion.focusAreaCode) : '',
      share: percent(suggestion.share ?? 0, language),
      count: suggestion.count ?? 0,
      type: suggestion.participantType ?? '',
    },
  };
}

/** The filter form's years: every year from the first conference to this year, newest first. */
export function yearOptions(first: number | undefined, now = new Date()): number[] {
  const last = now.getFullYear() + 1;
  const from = Math.min(first ?? last - 10, last);
  return Array.from({ length: last - from + 1 }, (_, i) => last - i);
}

/** The staff page of a conference's open calls (proposals domain), which reads `omraden` to pre-fill the focus areas. */
export const CALL_PAGE = '/arbetsutskottet/upprop';

/**
 * The conference a call for proposals is opened for: the first live one, not cancelled or archived,
 * that has not started by `today` (a Stockholm date, YYYY-MM-DD).
 */
export function nextConference(conferences: readonly CoverageConference[], today: string): CoverageConference | null {
  const upcoming = conferences
    .filter((c) => c.source === 'live' && (c.status === 'draft' || c.status === 'published') && c.startsOn >= today)
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  return upcoming[0] ?? null;
}

/** Where "open a call" goes: the conference's call page, pre-filled with the short areas (in the report's order). */
export function callLink(conferenceId: string, gaps: readonly CoverageGap[]): { path: string[]; queryParams: { omraden: string } } {
  return { path: [CALL_PAGE, conferenceId], queryParams: { omraden: [...new Set(gaps.map((gap) => gap.focusAreaCode))].join(',') } };
}
