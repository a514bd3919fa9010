import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { calendarLine, calendarLines } from './text';

export const CALENDAR_TIME_ZONE = 'Europe/Stockholm';
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type CalendarEventStatus = 'confirmed' | 'tentative' | 'cancelled';

/** One event, already in words: callers map their own data to this. */
export interface CalendarEventInput {
  /** Stable across fetches and versions, e.g. `agenda-item-<id>@samverkan`. */
  uid: string;
  start: Date;
  end: Date;
  /** An all-day event over the Stockholm dates from start to end (both inclusive). */
  allDay?: boolean;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  categories?: readonly string[];
  /** Grows whenever the event changes in a way a calendar client must notice. */
  sequence: number;
  status: CalendarEventStatus;
  lastModified: Date;
}

export interface CalendarInput {
  name: string;
  description?: string | null;
  language: 'sv' | 'en';
  /** How often subscribed clients should fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds?: number;
  /** PUBLISH for e-mail attachments; feeds carry no METHOD. */
  method?: 'publish';
}

const STATUS: Record<CalendarEventStatus, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * The VTIMEZONE block for a zone. The tz database links Europe/Stockholm to Europe/Berlin, and the
 * library answers with the canonical name; the rules are the same (EU summer time since 1996), so
 * the block is written under the name the events use.
 */
const vtimezones = new Map<string, string | null>();
export function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) {
    const [block] = tzlib_get_ical_block(zone);
    const canonical = /^TZID:(.+)$/m.exec(block ?? '')?.[1]?.trim();
    vtimezones.set(zone, block && canonical ? block.split(canonical).join(zone) : null);
  }
  return vtimezones.get(zone) ?? null;
}

/** The day after `date`'s Stockholm date, at midnight there (DTEND of an all-day event is exclusive). */
function nextStockholmDay(date: Date): TZDate {
  const day = new TZDate(date.getTime(), CALENDAR_TIME_ZONE);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + 1, CALENDAR_TIME_ZONE);
}

/**
 * An iCalendar document. Times are written as Stockholm wall time with TZID and a VTIMEZONE, so
 * clients show them right on both sides of a daylight-saving change; DTSTAMP is the event's last
 * change (no METHOD: RFC 5545 then makes it equal to LAST-MODIFIED), which keeps a feed's text, and
 * so its ETag, the same until something changes. Every text is cleaned of control characters first
 * (`text.ts`), so no field can start a content line of its own.
 */
export function buildCalendar(input: CalendarInput, events: readonly CalendarEventInput[]): string {
  const calendar: ICalCalendar = ical({
    // The generator writes these two as given (NAME, X-WR-CALNAME, X-WR-CALDESC): one line each.
    name: calendarLine(input.name),
    description: input.description ? calendarLine(input.description) : null,
    ttl: input.refreshSeconds ?? null,
    method: input.method === 'publish' ? ICalCalendarMethod.PUBLISH : null,
    prodId: { company: 'Svenska Industrikommuner', product: 'Samverkan', language: input.language.toUpperCase() },
    // No calendar-wide zone (DTSTAMP and LAST-MODIFIED stay UTC); each event names its own.
    timezone: { name: null, generator: vtimezone },
  });
  calendar.x([['X-WR-TIMEZONE', CALENDAR_TIME_ZONE]]);
  for (const event of events) {
    calendar.createEvent({
      id: calendarLine(event.uid),
      timezone: CALENDAR_TIME_ZONE,
      start: new TZDate(event.start.getTime(), CALENDAR_TIME_ZONE),
      end: event.allDay ? nextStockholmDay(event.end) : new TZDate(event.end.getTime(), CALENDAR_TIME_ZONE),
      allDay: event.allDay ?? false,
      summary: calendarLine(event.summary),
      description: event.description ? calendarLines(event.description) : null,
      location: event.location ? calendarLine(event.location) : null,
      url: event.url ? calendarLine(event.url) : null,
      categories: (event.categories ?? [])
        .map(calendarLine)
        .filter((name) => name.trim())
        .map((name) => ({ name })),
      sequence: event.sequence,
      status: STATUS[event.status],
      lastModified: event.lastModified,
      stamp: event.lastModified,
    });
  }
  return calendar.toString();
}
