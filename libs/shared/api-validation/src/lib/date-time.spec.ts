import { isCalendarDate, isOffsetDateTime } from './date-time';

describe('isOffsetDateTime', () => {
  it('accepts a full date-time with Z or ±hh:mm, seconds and fractions optional', () => {
    for (const ok of [
      '2026-04-14T09:30:00+02:00',
      '2027-03-28T02:30:00+01:00',
      '2026-04-14T07:30:00Z',
      '2026-04-14T07:30Z',
      '2026-04-14T07:30:00.123Z',
      '2026-04-14T07:30:00.123456789-05:30',
      '2028-02-29T00:00:00+01:00',
      '2000-02-29T23:59:59+14:00',
    ])
      expect(isOffsetDateTime(ok)).toBe(true);
  });

  it('refuses values without an offset, date-only values and impossible values', () => {
    for (const bad of [
      '2027-03-28T02:30:00',
      '2027-03-28T02:30',
      '2027-03-28',
      '2027-13-01T10:00:00+01:00',
      '2027-00-10T10:00:00+01:00',
      '2027-03-28T24:00:00+01:00',
      '2027-03-28T23:61:00+01:00',
      '2027-03-28T23:59:60Z',
      '2027-02-29T10:00:00+01:00',
      '1900-02-29T10:00:00+01:00',
      '2027-04-31T10:00:00+01:00',
      '0000-01-01T10:00:00Z',
      '2027-03-28T10:00:00+25:00',
      '2027-03-28T10:00:00+14:30',
      '2027-03-28T10:00:00+01:60',
      '2027-03-28T10:00:00+0100',
      '2027-03-28 10:00:00+01:00',
      '2027-03-28t10:00:00z',
      '+002027-03-28T10:00:00Z',
      '2027-03-28T10:00:00Z\n',
      'tomorrow',
      '',
      1_700_000_000_000,
      null,
    ])
      expect({ bad, ok: isOffsetDateTime(bad) }).toEqual({ bad, ok: false });
  });
});

describe('isCalendarDate', () => {
  it('accepts dates that exist', () => {
    for (const ok of ['2027-05-01', '2028-02-29', '2000-02-29', '2027-12-31']) expect(isCalendarDate(ok)).toBe(true);
  });

  it('refuses dates that do not exist, other shapes and date-times', () => {
    for (const bad of [
      '2027-02-29',
      '1900-02-29',
      '2027-04-31',
      '2027-13-01',
      '2027-00-01',
      '2027-05-00',
      '2027-5-1',
      '2027-05-01T10:00:00+02:00',
      '20270501',
      '0000-01-01',
      42,
    ])
      expect({ bad, ok: isCalendarDate(bad) }).toEqual({ bad, ok: false });
  });
});
