import { toStockholmIso } from '@samverkan/shared/util-dates';
import { stockholmShift } from './stockholm-shift';

const at = (iso: string) => new Date(iso);
const shifted = (from: string, to: string, date: string) => toStockholmIso(stockholmShift(at(from), at(to)).shift(at(date)));

describe('stockholmShift', () => {
  it('moves the start exactly to the new start', () => {
    const from = '2026-04-14T09:00:00+02:00';
    const to = '2027-04-13T10:30:00+02:00';
    expect(shifted(from, to, from)).toBe('2027-04-13T10:30:00+02:00');
  });

  it('keeps the Stockholm wall-clock time of dates on the other side of a summer-time change', () => {
    // Original: 24–30 March 2026 (winter time until the 29th); copy starts four weeks later, all in summer time.
    const from = '2026-03-24T09:00:00+01:00';
    const to = '2026-04-21T09:00:00+02:00';
    expect(shifted(from, to, '2026-03-26T13:15:00+01:00')).toBe('2026-04-23T13:15:00+02:00');
    expect(shifted(from, to, '2026-03-30T09:00:00+02:00')).toBe('2026-04-27T09:00:00+02:00');
    // The exact difference is not a whole number of days: a plain millisecond shift would move 09:00 to 08:00 or 10:00.
    const s = stockholmShift(at(from), at(to));
    expect(s).toMatchObject({ days: 28, timeMs: 0, exactMs: 28 * 86_400_000 - 3_600_000 });
  });

  it('moves back in time and into winter time the same way', () => {
    expect(shifted('2026-10-20T09:00:00+02:00', '2025-10-21T09:00:00+02:00', '2026-10-26T16:00:00+01:00')).toBe(
      '2025-10-27T16:00:00+01:00',
    );
  });

  it('adds the difference in time of day to every date, and splits the shift into days and time', () => {
    const s = stockholmShift(at('2026-05-12T09:00:00+02:00'), at('2027-01-19T08:30:00+01:00'));
    expect(s.days).toBe(252);
    expect(s.timeMs).toBe(-30 * 60_000);
    expect(toStockholmIso(s.shift(at('2026-05-13T15:00:00+02:00')))).toBe('2027-01-20T14:30:00+01:00');
    expect(toStockholmIso(s.shift(at('2026-04-01T00:10:00+02:00')))).toBe('2026-12-08T23:40:00+01:00');
  });

  it('moves a time that does not exist on the new day forward by the gap, and takes the first of a doubled hour', () => {
    // 02:30 on 29 March 2026 does not exist in Stockholm (the clocks go from 02:00 to 03:00).
    expect(shifted('2026-03-22T09:00:00+01:00', '2026-03-29T09:00:00+02:00', '2026-03-22T02:30:00+01:00')).toBe(
      '2026-03-29T03:30:00+02:00',
    );
    // 02:30 on 25 October 2026 occurs twice.
    expect(shifted('2026-10-18T09:00:00+02:00', '2026-10-25T09:00:00+01:00', '2026-10-18T02:30:00+02:00')).toBe(
      '2026-10-25T02:30:00+02:00',
    );
  });

  it('keeps seconds and milliseconds', () => {
    const s = stockholmShift(at('2026-01-10T10:00:00Z'), at('2026-02-10T10:00:00Z'));
    expect(s.shift(at('2026-01-11T10:00:07.250Z')).toISOString()).toBe('2026-02-11T10:00:07.250Z');
  });
});
