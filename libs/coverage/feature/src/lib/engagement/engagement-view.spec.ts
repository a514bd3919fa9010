import { countText, summaryYears } from './engagement-view';

describe('engagement view helpers', () => {
  it('writes hidden counts as "<3" and others as numbers', () => {
    expect(countText(null)).toBe('<3');
    expect(countText(0)).toBe('0');
    expect(countText(12)).toBe('12');
  });

  it('offers years from the current one back, never before 2000', () => {
    expect(summaryYears(2026, 2023)).toEqual([2026, 2025, 2024, 2023]);
    expect(summaryYears(2001, 1990)).toEqual([2001, 2000]);
    expect(summaryYears(2026, 2030)).toEqual([2026]);
  });
});
