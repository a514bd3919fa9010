/** All dates in Samverkan are shown and entered as Europe/Stockholm wall time. */
export const STOCKHOLM = 'Europe/Stockholm';

export type Locale = 'sv' | 'en';

const LOCALES: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

// Building an Intl.DateTimeFormat is costly; each distinct format is built once. The options objects
// are module constants, so they key the cache themselves (no serialising per call: a server-rendered
// programme formats hundreds of times while the browser hydrates it).
const formatters = new Map<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
const DATE: Intl.DateTimeFormatOptions = { timeZone: STOCKHOLM, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const DAY: Intl.DateTimeFormatOptions = { timeZone: STOCKHOLM, day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { timeZone: STOCKHOLM, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const ISO_DATE: Intl.DateTimeFormatOptions = { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' };
const OFFSET: Intl.DateTimeFormatOptions = { timeZone: STOCKHOLM, timeZoneName: 'longOffset' };
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = formatters.get(options);
  if (!byLocale) formatters.set(options, (byLocale = new Map()));
  let cached = byLocale.get(locale);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    byLocale.set(locale, cached);
  }
  return cached;
}

function toDate(value: Date | string): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
  return date;
}

/** "tisdag 14 april 2026" / "Tuesday 14 April 2026" */
export function formatDate(value: Date | string, locale: Locale = 'sv'): string {
  return formatter(LOCALES[locale], DATE).format(toDate(value));
}

/**
 * "14 april 2026" / "14 April 2026", without the weekday: for texts that say "den {{date}}" / "on
 * {{date}}" ("den tisdag 14 april" is not Swedish).
 */
export function formatDay(value: Date | string, locale: Locale = 'sv'): string {
  return formatter(LOCALES[locale], DAY).format(toDate(value));
}

/** "09:30" in Stockholm, whatever the viewer's own time zone. */
export function formatTime(value: Date | string, locale: Locale = 'sv'): string {
  return formatter(LOCALES[locale], TIME).format(toDate(value));
}

/** "14 april 2026 09:30–11:00" style ranges on one day, or two full stamps across days. */
export function formatRange(start: Date | string, end: Date | string, locale: Locale = 'sv'): string {
  const s = toDate(start);
  const e = toDate(end);
  const sameDay = stockholmDate(s) === stockholmDate(e);
  return sameDay
    ? `${formatDate(s, locale)} ${formatTime(s, locale)}–${formatTime(e, locale)}`
    : `${formatDate(s, locale)} ${formatTime(s, locale)} – ${formatDate(e, locale)} ${formatTime(e, locale)}`;
}

/** The calendar date (YYYY-MM-DD) in Stockholm of an instant. */
export function stockholmDate(value: Date | string): string {
  const parts = formatter('en-CA', ISO_DATE).formatToParts(toDate(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Offset of Stockholm from UTC in minutes at an instant: 60 in winter, 120 in summer. */
export function stockholmOffsetMinutes(value: Date | string): number {
  const date = toDate(value);
  const name = formatter('en-US', OFFSET)
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = name?.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant of a Stockholm wall time, e.g. ('2026-03-29', '09:00'). Times that do not exist (the hour
 * skipped in spring) move forward by the gap; times that occur twice (autumn) take the first.
 */
export function fromStockholmWallTime(date: string, time: string): Date {
  const match = `${date}T${time}`.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
  if (!match) throw new RangeError(`Expected YYYY-MM-DD and HH:mm, got ${date} ${time}`);
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Try the offsets in force around that moment; the first that maps back to the same wall time wins.
  for (const offset of [stockholmOffsetMinutes(new Date(asUtc - 3 * 3600_000)), stockholmOffsetMinutes(new Date(asUtc + 3 * 3600_000))]) {
    const candidate = new Date(asUtc - offset * 60_000);
    if (formatTime(candidate) === `${match[4]}:${match[5]}` && stockholmDate(candidate) === date) return candidate;
  }
  return new Date(asUtc - stockholmOffsetMinutes(new Date(asUtc)) * 60_000);
}

/** ISO 8601 with the Stockholm offset, as the API contract writes times: 2026-04-14T09:30:00+02:00 */
export function toStockholmIso(value: Date | string): string {
  const date = toDate(value);
  const offset = stockholmOffsetMinutes(date);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
