import { aReport } from '../../testing/report';
import type { CoverageConference } from '@samverkan/coverage/contract';
import { callLink, heatLevel, heatRows, inGap, nextConference, percent, suggestionText, yearOptions } from './coverage-view';

describe('coverage view helpers', () => {
  it('steps the heat colour by share', () => {
    expect([0, 0.05, 0.1, 0.2, 0.35, 1].map(heatLevel)).toEqual([0, 1, 2, 3, 4, 4]);
  });

  it('lays the grid out as area rows in conference order and finds the cells inside a gap', () => {
    const report = aReport();
    const rows = heatRows(report);
    expect(rows.map((r) => [r.code, r.cells.map((c) => c.conferenceId)])).toEqual([
      ['infrastructure', ['c-1', 'c-2']],
      ['living-environment', ['c-1', 'c-2']],
    ]);
    expect(inGap(report.gaps, rows[1].cells[1])?.kind).toBe('absent');
    // The older conference was not among the last N the rule looked at.
    expect(inGap(report.gaps, rows[1].cells[0])).toBeUndefined();
    expect(inGap(report.gaps, rows[0].cells[1])).toBeUndefined();
  });

  it('formats shares per language and words suggestions from their facts', () => {
    expect(percent(0.286, 'sv').replace(/\s/g, ' ')).toBe('28,6 %');
    expect(percent(0.286, 'en')).toBe('28.6%');
    expect(suggestionText({ kind: 'give-room', focusAreaCode: 'skills', share: 0.04 }, () => 'Kompetens', 'sv')).toEqual({
      key: 'coverage.suggestions.give-room',
      params: { area: 'Kompetens', share: expect.stringMatching(/^4\s%$/), count: 0, type: '' },
    });
  });

  it('offers the years from the first conference to next year, newest first', () => {
    expect(yearOptions(2022, new Date('2025-06-01'))).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(yearOptions(undefined, new Date('2025-06-01'))).toHaveLength(11);
  });

  it('opens a call for the next live conference that has not started, pre-filled with the short areas', () => {
    const conference = (
      id: string,
      startsOn: string,
      status: string,
      source: CoverageConference['source'] = 'live',
    ): CoverageConference => ({
      id,
      source,
      title: id,
      startsOn,
      year: Number(startsOn.slice(0, 4)),
      status,
      programmeMinutes: 0,
      participants: 0,
    });
    const list = [
      conference('past', '2026-05-01', 'published'),
      conference('cancelled', '2026-09-01', 'cancelled'),
      conference('later', '2027-05-01', 'draft'),
      conference('next', '2026-10-01', 'published'),
      conference('imported', '2026-08-01', 'archived', 'imported'),
    ];
    expect(nextConference(list, '2026-06-15')?.id).toBe('next');
    expect(nextConference(list, '2026-10-01')?.id).toBe('next');
    expect(nextConference(list, '2026-10-02')?.id).toBe('later');
    expect(nextConference(list, '2028-01-01')).toBeNull();

    const gaps = [
      { focusAreaCode: 'skills' as const, kind: 'low-share' as const, share: 0.04, conferenceIds: [] },
      { focusAreaCode: 'living-environment' as const, kind: 'absent' as const, share: 0, conferenceIds: [] },
    ];
    expect(callLink('next', gaps)).toEqual({
      path: ['/arbetsutskottet/upprop', 'next'],
      queryParams: { omraden: 'skills,living-environment' },
    });
  });
});
