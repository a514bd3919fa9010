import { PARTICIPANT_TYPES, type CoverageReport, type CoverageSource, type ParticipantType } from '@samverkan/coverage/contract';
import { topWishes } from './engagement-rules';
import type { DecisionRow } from './engagement.sql';

/** Organisation types as the årsmöte reads them (Swedish: the association's language). */
export const TYPE_LABELS: Record<ParticipantType, string> = {
  municipality: 'Kommun',
  business: 'Näringsliv',
  region: 'Region',
  'state-agency': 'Stat',
  other: 'Övriga',
};

export const OUTCOME_LABELS: Record<string, string> = { accept: 'Bifall', reject: 'Avslag', return: 'Återremiss' };

export interface AnnualSummary {
  year: number;
  conferences: Array<{ title: string; startsOn: string; source: CoverageSource; participants: number }>;
  /** Participants by organisation type, this year and the year before. */
  participants: Array<{ type: ParticipantType; label: string; year: number; previous: number }>;
  /** Per focus area: share of programme time (0–1), minutes and items, this year and the year before. */
  coverage: Array<{
    code: string;
    title: string;
    share: number;
    previousShare: number;
    minutes: number;
    previousMinutes: number;
    items: number;
    previousItems: number;
  }>;
  /** The focus areas most wished for in the year's evaluations. */
  wishes: Array<{ code: string; title: string; wishes: number }>;
  decisions: Array<{ meeting: string; heldOn: string; title: string; decision: string; outcome: string }>;
}

/**
 * The annual summary from the coverage report of the year and the year before (one report over
 * both years) and the committee's decisions of the year.
 */
export function annualSummary(year: number, report: CoverageReport, decisions: readonly DecisionRow[]): AnnualSummary {
  const yearOf = new Map(report.conferences.map((c) => [c.id, c.year]));
  const participants = PARTICIPANT_TYPES.map((type) => ({ type, label: TYPE_LABELS[type], year: 0, previous: 0 }));
  for (const mix of report.participantMix) {
    const y = yearOf.get(mix.conferenceId);
    for (const row of participants) {
      if (y === year) row.year += mix.counts[row.type];
      else if (y === year - 1) row.previous += mix.counts[row.type];
    }
  }
  const cell = (code: string, y: number) => report.byYear.find((c) => c.focusAreaCode === code && c.year === y);
  const coverage = report.focusAreas.map((area) => {
    const now = cell(area.code, year);
    const before = cell(area.code, year - 1);
    return {
      code: area.code,
      title: area.titleSv,
      share: now?.share ?? 0,
      previousShare: before?.share ?? 0,
      minutes: now?.minutes ?? 0,
      previousMinutes: before?.minutes ?? 0,
      items: now?.items ?? 0,
      previousItems: before?.items ?? 0,
    };
  });
  const wishes = topWishes(
    report.focusAreas.map((area) => ({ code: area.code, title: area.titleSv, wishes: cell(area.code, year)?.evaluationWishes ?? 0 })),
  );
  return {
    year,
    conferences: report.conferences
      .filter((c) => c.year === year)
      .map((c) => ({ title: c.title, startsOn: c.startsOn, source: c.source, participants: c.participants })),
    participants,
    coverage,
    wishes,
    decisions: decisions.map((d) => ({
      meeting: d.meeting,
      heldOn: d.held_on,
      title: d.title,
      decision: d.decision_text ?? '',
      outcome: d.outcome ? (OUTCOME_LABELS[d.outcome] ?? d.outcome) : '',
    })),
  };
}

/** A share as a percentage with one decimal ("12,5 %"). */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString('sv-SE')} %`;
}
