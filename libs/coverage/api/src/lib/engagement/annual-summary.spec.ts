import type { CoverageReport } from '@samverkan/coverage/contract';
import { annualSummary, percent } from './annual-summary';

const zero = { themes: 0, items: 0, minutes: 0, share: 0, proposalsSubmitted: 0, proposalsAccepted: 0, signups: 0, evaluationWishes: 0 };
const counts = { municipality: 0, business: 0, region: 0, 'state-agency': 0, other: 0 };

const report = {
  focusAreas: [
    { code: 'skills', titleSv: 'Kompetens', titleEn: 'Skills', totals: zero },
    { code: 'cooperation', titleSv: 'Samverkan', titleEn: 'Cooperation', totals: zero },
  ],
  conferences: [
    {
      id: 'a',
      source: 'imported',
      title: 'Vår 2024',
      startsOn: '2024-04-01',
      year: 2024,
      status: 'archived',
      programmeMinutes: 100,
      participants: 5,
    },
    {
      id: 'b',
      source: 'live',
      title: 'Höst 2025',
      startsOn: '2025-10-01',
      year: 2025,
      status: 'published',
      programmeMinutes: 200,
      participants: 7,
    },
  ],
  participantMix: [
    { conferenceId: 'a', counts: { ...counts, municipality: 4, business: 1 }, total: 5 },
    { conferenceId: 'b', counts: { ...counts, municipality: 3, region: 4 }, total: 7 },
  ],
  byYear: [
    { ...zero, focusAreaCode: 'skills', year: 2024, minutes: 50, share: 0.5, items: 2 },
    { ...zero, focusAreaCode: 'skills', year: 2025, minutes: 20, share: 0.1, items: 1, evaluationWishes: 3 },
    { ...zero, focusAreaCode: 'cooperation', year: 2025, minutes: 100, share: 0.5, items: 4, evaluationWishes: 5 },
  ],
} as unknown as CoverageReport;

describe('annualSummary', () => {
  const summary = annualSummary(2025, report, [
    { meeting: 'AU 3', held_on: '2025-03-01', title: 'Budget', decision_text: 'Budgeten fastställs.', outcome: null },
    { meeting: 'AU 4', held_on: '2025-05-01', title: 'Förslag', decision_text: null, outcome: 'accept' },
  ]);

  it('keeps the conferences of the year', () => {
    expect(summary.conferences.map((c) => c.title)).toEqual(['Höst 2025']);
  });

  it('sums participants by type for the year and the year before', () => {
    const byType = Object.fromEntries(summary.participants.map((p) => [p.type, [p.year, p.previous]]));
    expect(byType).toMatchObject({ municipality: [3, 4], business: [0, 1], region: [4, 0] });
  });

  it('sets coverage beside the previous year, zero where an area had nothing', () => {
    expect(summary.coverage).toEqual([
      { code: 'skills', title: 'Kompetens', share: 0.1, previousShare: 0.5, minutes: 20, previousMinutes: 50, items: 1, previousItems: 2 },
      {
        code: 'cooperation',
        title: 'Samverkan',
        share: 0.5,
        previousShare: 0,
        minutes: 100,
        previousMinutes: 0,
        items: 4,
        previousItems: 0,
      },
    ]);
  });

  it('ranks the wishes and writes the decisions with their outcome in Swedish', () => {
    expect(summary.wishes.map((w) => [w.code, w.wishes])).toEqual([
      ['cooperation', 5],
      ['skills', 3],
    ]);
    expect(summary.decisions.map((d) => [d.decision, d.outcome])).toEqual([
      ['Budgeten fastställs.', ''],
      ['', 'Bifall'],
    ]);
  });

  it('writes shares as Swedish percentages', () => {
    expect(percent(0.125)).toBe('12,5 %');
    expect(percent(0)).toBe('0 %');
  });
});
