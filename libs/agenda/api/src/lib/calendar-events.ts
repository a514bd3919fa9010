/** Calendar events of conferences and programme items, shared by the feeds (calendar) and e-mail attachments (registrations). */
import type { ProgrammeItem } from '@samverkan/agenda/contract';
import type { Conference } from '@samverkan/conferences/api';
import type { CalendarEventInput, CalendarEventStatus } from '@samverkan/shared/api-ical';

export type FeedLanguage = 'sv' | 'en';

/**
 * For each focus-area code an item may carry (the adopted version's and those of earlier versions), the
 * titles [Swedish, English] of the adopted areas it counts under now: one for a kept or renamed area,
 * several for a split one, none for a retired one (a code missing here shows no area).
 */
export type AreaTitles = Record<string, Array<[string, string]>>;

/** The conference fields a feed needs (one row of the feed query). */
export interface FeedConference {
  id: string;
  /** The readable address; the id where there is none. */
  slug: string | null;
  status: string;
  title_sv: string;
  title_en: string | null;
  description_sv: string | null;
  description_en: string | null;
  venue: string | null;
  address: string | null;
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
  updated_at: Date;
  /** The latest published version (null: no programme published yet). */
  published_at: Date | null;
  items: ProgrammeItem[] | null;
}

/** A conference entity as a feed row, without programme (for the conference event alone, e.g. in mails). */
export function feedConference(c: Conference): FeedConference {
  return {
    id: c.id,
    slug: c.slug,
    status: c.status,
    title_sv: c.titleSv,
    title_en: c.titleEn,
    description_sv: c.descriptionSv,
    description_en: c.descriptionEn,
    venue: c.venue,
    address: c.address,
    starts_at: c.startsAt,
    ends_at: c.endsAt,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    published_at: null,
    items: null,
  };
}

/** An item of an earlier version, removed since (kept as CANCELLED for a while). */
export interface RemovedItem {
  conference_id: string;
  removed_at: Date;
  item: ProgrammeItem;
}

export interface EventContext {
  publicUrl: string;
  language: FeedLanguage;
  areas: AreaTitles;
}

const TEXT = {
  sv: { speakers: 'Medverkande', areas: 'Fokusområden', more: 'Mer information' },
  en: { speakers: 'Speakers', areas: 'Focus areas', more: 'More information' },
} as const;

export const conferenceUid = (id: string) => `conference-${id}@samverkan`;
export const itemUid = (id: string) => `agenda-item-${id}@samverkan`;

function pick(language: FeedLanguage, sv: string | null, en: string | null | undefined): string {
  return language === 'en' ? en || sv || '' : sv || '';
}

export function conferenceTitle(conference: FeedConference, language: FeedLanguage): string {
  return pick(language, conference.title_sv, conference.title_en);
}

/** Seconds since creation of the last change: grows with every edit a client must notice. */
export function sequenceOf(createdAt: Date, ...changedAt: Date[]): number {
  const last = Math.max(...changedAt.map((d) => d.getTime()));
  return Math.max(0, Math.floor(last / 1000) - Math.floor(createdAt.getTime() / 1000));
}

/** The conference itself, an all-day event over its days. */
export function conferenceEvent(
  conference: FeedConference,
  context: EventContext,
  status: CalendarEventStatus = conference.status === 'cancelled' ? 'cancelled' : 'confirmed',
  changedAt: Date[] = [],
): CalendarEventInput {
  const lastModified = new Date(Math.max(conference.updated_at.getTime(), ...changedAt.map((d) => d.getTime())));
  return {
    uid: conferenceUid(conference.id),
    start: conference.starts_at,
    end: conference.ends_at,
    allDay: true,
    summary: conferenceTitle(conference, context.language),
    description: pick(context.language, conference.description_sv, conference.description_en) || null,
    location: [conference.venue, conference.address].filter(Boolean).join(', ') || null,
    url: `${context.publicUrl}/konferenser/${conference.slug ?? conference.id}`,
    status,
    sequence: sequenceOf(conference.created_at, lastModified),
    lastModified,
  };
}

/** One programme item; removed items and items of a cancelled conference are CANCELLED with a higher SEQUENCE. */
export function itemEvent(
  item: ProgrammeItem,
  conference: FeedConference,
  context: EventContext,
  removedAt: Date | null = null,
): CalendarEventInput {
  const text = TEXT[context.language];
  const areaNames = [
    ...new Set(
      item.focusAreaCodes.flatMap((code) => (context.areas[code] ?? []).map((titles) => titles[context.language === 'en' ? 1 : 0])),
    ),
  ];
  const url = `${context.publicUrl}/program/punkt/${item.id}`;
  const speakers = item.speakers.map((s) => (s.organisation ? `${s.name} (${s.organisation})` : s.name));
  const description = [
    pick(context.language, item.descriptionSv, item.descriptionEn),
    speakers.length ? `${text.speakers}: ${speakers.join(', ')}` : '',
    areaNames.length ? `${text.areas}: ${areaNames.join(', ')}` : '',
    `${text.more}: ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const cancelled = removedAt !== null || conference.status === 'cancelled';
  const published = item.lastModifiedAt ? new Date(item.lastModifiedAt) : (conference.published_at ?? conference.updated_at);
  const lastModified = removedAt ?? (conference.status === 'cancelled' ? conference.updated_at : published);
  return {
    uid: itemUid(item.id),
    start: new Date(item.startsAt),
    end: new Date(item.endsAt),
    summary: pick(context.language, item.titleSv, item.titleEn),
    description,
    location: [item.roomName, conference.venue, conference.address].filter(Boolean).join(', ') || null,
    url,
    categories: areaNames,
    status: cancelled ? 'cancelled' : 'confirmed',
    sequence: item.sequence + (cancelled ? 1 : 0),
    lastModified,
  };
}

/**
 * Every event of a conference's programme: the published items, then recently removed ones as
 * CANCELLED (unless they are back in the latest version).
 */
export function programmeEvents(
  conference: FeedConference,
  removed: readonly RemovedItem[],
  context: EventContext,
  keep: (item: ProgrammeItem) => boolean = () => true,
): CalendarEventInput[] {
  const items = (conference.items ?? []).filter(keep);
  const current = new Set((conference.items ?? []).map((i) => i.id));
  const events = items.map((item) => itemEvent(item, conference, context));
  for (const r of removed) {
    if (r.conference_id === conference.id && !current.has(r.item.id) && keep(r.item))
      events.push(itemEvent(r.item, conference, context, r.removed_at));
  }
  return events;
}
