import { aReport } from '../../testing/report';
import { heatLevel, heatRows, inGap, percent, suggestionText, yearOptions } from './coverage-view';

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
});
