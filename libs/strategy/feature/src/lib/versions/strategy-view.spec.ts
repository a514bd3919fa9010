import { adoptedOn, areaTitle, moved, paragraphs, statusKey } from './strategy-view';

describe('strategy view helpers', () => {
  it('splits a text into paragraphs at blank lines', () => {
    expect(paragraphs('Första stycket.\n\nAndra\nstycket.\n \nTredje.')).toEqual(['Första stycket.', 'Andra\nstycket.', 'Tredje.']);
    expect(paragraphs('')).toEqual([]);
  });

  it('writes the adoption date in Stockholm, or nothing when it is not recorded', () => {
    expect(adoptedOn({ adoptedAt: '2024-12-31T23:00:00.000Z' }, 'sv')).toContain('2025');
    expect(adoptedOn({ adoptedAt: null }, 'en')).toBeNull();
  });

  it('picks the area title of the language, falling back to Swedish', () => {
    expect(areaTitle({ titleSv: 'Energi', titleEn: 'Energy' }, 'en')).toBe('Energy');
    expect(areaTitle({ titleSv: 'Energi', titleEn: '' }, 'en')).toBe('Energi');
    expect(areaTitle({ titleSv: 'Energi', titleEn: 'Energy' }, 'sv')).toBe('Energi');
  });

  it('moves a position up or down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(statusKey('in-consultation')).toBe('strategyPages.status.in-consultation');
  });
});
