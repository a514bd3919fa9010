import { formatDay, formatTime, stockholmDate, type Locale } from '@samverkan/shared/util-dates';

/** The conference's days in Stockholm: "14 april 2026", or "14 april 2026 – 15 april 2026". */
export function conferenceDays(startsAt: Date, endsAt: Date, locale: Locale): string {
  const first = formatDay(startsAt, locale);
  return stockholmDate(startsAt) === stockholmDate(endsAt) ? first : `${first} – ${formatDay(endsAt, locale)}`;
}

/** A session's day and time in Stockholm: "14 april 2026 09:30–11:00". */
export function sessionTime(startsAt: Date, endsAt: Date | null, locale: Locale): string {
  const day = formatDay(startsAt, locale);
  if (!endsAt) return `${day} ${formatTime(startsAt, locale)}`;
  return stockholmDate(startsAt) === stockholmDate(endsAt)
    ? `${day} ${formatTime(startsAt, locale)}–${formatTime(endsAt, locale)}`
    : `${day} ${formatTime(startsAt, locale)} – ${formatDay(endsAt, locale)} ${formatTime(endsAt, locale)}`;
}
