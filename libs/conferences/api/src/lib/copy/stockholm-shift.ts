import { stockholmOffsetMinutes } from '@samverkan/shared/util-dates';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant's Stockholm wall-clock time, as milliseconds on a clock without summer time. */
function wallMs(date: Date): number {
  return date.getTime() + stockholmOffsetMinutes(date) * 60_000;
}

/**
 * The instant showing a wall-clock time in Stockholm. A time in the hour skipped in spring moves
 * forward by the gap; a time that occurs twice in autumn takes the first (as `fromStockholmWallTime`).
 */
function fromWallMs(wall: number): Date {
  for (const probe of [wall - 3 * HOUR, wall + 3 * HOUR]) {
    const candidate = new Date(wall - stockholmOffsetMinutes(new Date(probe)) * 60_000);
    if (wallMs(candidate) === wall) return candidate;
  }
  return new Date(wall - stockholmOffsetMinutes(new Date(wall - 3 * HOUR)) * 60_000);
}

/** How a copy moves its dates: whole Stockholm days plus a wall-clock time difference. */
export interface StockholmShift {
  /** Whole calendar days between the two starts in Stockholm (negative when moving back). */
  days: number;
  /** The difference of the two starts' times of day (negative when the copy starts earlier in the day). */
  timeMs: number;
  /** The exact difference between the two starts. */
  exactMs: number;
  /** Moves a date of the original so it keeps its Stockholm wall-clock time, across summer-time changes. */
  shift(date: Date): Date;
}

/**
 * The shift that takes `from` to `to`: every other date moves by the same number of Stockholm days and
 * the same wall-clock difference, so a 09:00 session in March stays at 09:00 when the copy lands in
 * summer time (a plain millisecond shift would put it at 10:00).
 */
export function stockholmShift(from: Date, to: Date): StockholmShift {
  const delta = wallMs(to) - wallMs(from);
  const day = (date: Date) => Math.floor(wallMs(date) / DAY);
  const days = day(to) - day(from);
  return {
    days,
    timeMs: delta - days * DAY,
    exactMs: to.getTime() - from.getTime(),
    shift: (date) => fromWallMs(wallMs(date) + delta),
  };
}
