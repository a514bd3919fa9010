import {
  formatDate,
  formatRange,
  formatTime,
  fromStockholmWallTime,
  stockholmDate,
  stockholmOffsetMinutes,
  toStockholmIso,
  formatDay,
} from './stockholm';

describe('Stockholm dates', () => {
  it('knows winter and summer time, including the change days of 2026', () => {
    expect(stockholmOffsetMinutes('2026-01-15T12:00:00Z')).toBe(60);
    expect(stockholmOffsetMinutes('2026-07-15T12:00:00Z')).toBe(120);
    expect(stockholmOffsetMinutes('2026-03-29T00:59:00Z')).toBe(60);
    expect(stockholmOffsetMinutes('2026-03-29T01:00:00Z')).toBe(120);
    expect(stockholmOffsetMinutes('2026-10-25T00:59:00Z')).toBe(120);
    expect(stockholmOffsetMinutes('2026-10-25T01:00:00Z')).toBe(60);
  });

  it('formats in Stockholm time whatever the machine zone', () => {
    expect(formatTime('2026-06-01T07:30:00Z')).toBe('09:30');
    expect(formatTime('2026-12-01T07:30:00Z')).toBe('08:30');
    expect(formatDate('2026-04-14T07:30:00Z', 'sv')).toBe('tisdag 14 april 2026');
    expect(formatDate('2026-04-14T07:30:00Z', 'en')).toBe('Tuesday, 14 April 2026');
    expect(stockholmDate('2026-04-14T22:30:00Z')).toBe('2026-04-15');
  });

  it('formats ranges on one day and across days', () => {
    expect(formatRange('2026-04-14T07:30:00Z', '2026-04-14T09:00:00Z')).toBe('tisdag 14 april 2026 09:30–11:00');
    expect(formatRange('2026-04-14T07:30:00Z', '2026-04-15T14:00:00Z')).toContain('onsdag 15 april 2026 16:00');
  });

  it('turns Stockholm wall time into instants on both sides of a DST change', () => {
    expect(fromStockholmWallTime('2026-03-28', '09:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(fromStockholmWallTime('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(fromStockholmWallTime('2026-10-24', '09:00').toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(fromStockholmWallTime('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(() => fromStockholmWallTime('2026-13-01', '9')).toThrow(RangeError);
  });

  it('writes ISO 8601 with the Stockholm offset', () => {
    expect(toStockholmIso('2026-04-14T07:30:00Z')).toBe('2026-04-14T09:30:00+02:00');
    expect(toStockholmIso('2026-01-14T07:30:00Z')).toBe('2026-01-14T08:30:00+01:00');
  });
});

describe('formatDay', () => {
  it('gives the day without the weekday, for "den {{date}}" and "on {{date}}"', () => {
    expect(formatDay('2026-04-14T09:00:00+02:00', 'sv')).toBe('14 april 2026');
    expect(formatDay('2026-04-14T09:00:00+02:00', 'en')).toBe('14 April 2026');
    expect(formatDay('2026-04-14T23:30:00Z', 'sv')).toBe('15 april 2026');
  });
});
