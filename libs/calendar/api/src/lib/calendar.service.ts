import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  conferenceEvent,
  conferenceTitle,
  programmeEvents,
  type AreaTitles,
  type EventContext,
  type FeedConference,
  type FeedLanguage,
  type RemovedItem,
} from '@samverkan/agenda/api';
import { can, type Role } from '@samverkan/identity/contract';
import { hashLinkToken, LINK_TOKEN_PATTERN } from '@samverkan/identity/api';
import { notFound, RepresentationCache, representation, type Representation } from '@samverkan/shared/api-http';
import { buildCalendar, type CalendarEventInput } from '@samverkan/shared/api-ical';
import { stockholmDate } from '@samverkan/shared/util-dates';
import { FOCUS_AREA_CODES } from '@samverkan/strategy/contract';
import { CALENDAR_OPTIONS, type CalendarOptions } from './calendar-options';
import {
  AREAS_SQL,
  CONFERENCE_FEED_STATE_SQL,
  CONFERENCE_SQL,
  ITEM_CONFERENCE_SQL,
  MEETING_FEED_OWNER_SQL,
  MEETINGS_SQL,
  REGISTRATION_FEED_SQL,
  REMOVED_SQL,
} from './calendar.sql';
import { meetingEvent, type MeetingRow } from './meeting-events';
import { registrationEvents, withdrawnAndRemoved, type RegistrationFeedRow } from './registration-feed';

/** A feed's text, prepared for sending (gzip, ETag). */
export type CalendarFeed = Representation;

/** Subscribed clients are asked to fetch again after this long. */
const REFRESH_SECONDS = 3600;

type FeedRow = FeedConference & { areas: AreaTitles | null };

/**
 * The iCal feeds: a read model over published programmes, registrations and meetings. Every feed is
 * built from at most three queries whatever its size (conference with its latest snapshot, recent
 * removals, focus-area titles), and never contains drafts: items come from published versions only.
 */
@Injectable()
export class CalendarService {
  private readonly feeds = new RepresentationCache();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CALENDAR_OPTIONS) private readonly options: CalendarOptions,
  ) {}

  /** A conference's published programme, plus the conference itself as an all-day event. */
  async conferenceFeed(conferenceId: string, language: FeedLanguage): Promise<CalendarFeed> {
    const [state]: { updated_at: Date; latest: number | null; areas_at: Date | null }[] = await this.dataSource.query(
      CONFERENCE_FEED_STATE_SQL,
      [conferenceId],
    );
    if (!state) throw notFound('calendar.conference-not-found');
    // Everything the feed is made of is in the key, so a cached text is never stale, whichever process
    // wrote the change; the day is in it because removed items leave the feed after REMOVED_KEPT_DAYS.
    const key = [conferenceId, language, state.updated_at.getTime(), state.latest, state.areas_at?.getTime(), stockholmDate(new Date())].join('|');
    return this.feeds.get(key, async () => {
      const [conference] = await this.conferences(conferenceId);
      if (!conference) throw notFound('calendar.conference-not-found');
      const removed = await this.removed(conferenceId);
      const context = this.context(language, conference.areas ?? {});
      return this.feed(conferenceTitle(conference, language), language, [
        conferenceEvent(conference, context),
        ...programmeEvents(conference, removed, context),
      ]);
    });
  }

  /** One programme item (CANCELLED for a while once removed). */
  async itemFeed(itemId: string, language: FeedLanguage): Promise<CalendarFeed> {
    const [found]: { conference_id: string }[] = await this.dataSource.query(ITEM_CONFERENCE_SQL, [itemId]);
    const [conference] = found ? await this.conferences(found.conference_id) : [];
    const removed = conference ? await this.removed(conference.id) : [];
    const events = conference
      ? programmeEvents(conference, removed, this.context(language, conference.areas ?? {}), (item) => item.id === itemId)
      : [];
    if (!events.length) throw notFound('calendar.item-not-published');
    return this.feed(events[0].summary, language, events);
  }

  /** Published items of every conference tagged with a focus area. */
  async focusAreaFeed(code: string, language: FeedLanguage): Promise<CalendarFeed> {
    if (!(FOCUS_AREA_CODES as readonly string[]).includes(code)) throw notFound('calendar.unknown-focus-area');
    const conferences = await this.conferences(null, code);
    const removed = await this.removed(null);
    const areas = conferences[0]?.areas ?? (await this.areas());
    const context = this.context(language, areas);
    const title = areas[code]?.[language === 'en' ? 1 : 0] ?? code;
    const tagged = (item: { focusAreaCodes: string[] }) => item.focusAreaCodes.includes(code);
    return this.feed(
      `Samverkan: ${title}`,
      language,
      conferences.flatMap((c) => programmeEvents(c, removed, context, tagged)),
    );
  }

  /**
   * A registration's personal feed (see `registrationEvents`). At most three queries: the registration,
   * the conference, and removed items when an item the person gave up has since been removed.
   */
  async registrationFeed(token: string): Promise<CalendarFeed> {
    const [row]: RegistrationFeedRow[] = LINK_TOKEN_PATTERN.test(token)
      ? await this.dataSource.query(REGISTRATION_FEED_SQL, [hashLinkToken(token)])
      : [];
    const [conference] = row ? await this.conferences(row.conference_id) : [];
    if (!row || !conference) throw notFound('calendar.feed-not-found');
    const language: FeedLanguage = row.language === 'en' ? 'en' : 'sv';
    const removed = withdrawnAndRemoved(row, conference).size ? await this.removed(conference.id) : [];
    const events = registrationEvents(row, conference, removed, this.context(language, conference.areas ?? {}));
    return this.feed(conferenceTitle(conference, language), language, events);
  }

  /** Every working-committee meeting of the last year and to come, for the token of an active account that manages meetings. */
  async meetingsFeed(token: string): Promise<CalendarFeed> {
    const [owner]: { roles: Role[] }[] = LINK_TOKEN_PATTERN.test(token)
      ? await this.dataSource.query(MEETING_FEED_OWNER_SQL, [hashLinkToken(token)])
      : [];
    if (!owner || !can(owner.roles, 'meetings.manage')) throw notFound('calendar.feed-not-found');
    const meetings: MeetingRow[] = await this.dataSource.query(MEETINGS_SQL);
    return this.feed(
      'Arbetsutskottets möten',
      'sv',
      meetings.map((m) => meetingEvent(m, this.options.publicUrl)),
    );
  }

  private conferences(conferenceId: string | null, focusArea: string | null = null): Promise<FeedRow[]> {
    return this.dataSource.query(CONFERENCE_SQL, [conferenceId, focusArea]);
  }

  private removed(conferenceId: string | null): Promise<RemovedItem[]> {
    return this.dataSource.query(REMOVED_SQL, [conferenceId]);
  }

  private async areas(): Promise<AreaTitles> {
    const rows: { code: string; title_sv: string; title_en: string }[] = await this.dataSource.query(AREAS_SQL);
    return Object.fromEntries(rows.map((r) => [r.code, [r.title_sv, r.title_en]]));
  }

  private context(language: FeedLanguage, areas: AreaTitles): EventContext {
    return { publicUrl: this.options.publicUrl, language, areas };
  }

  private feed(name: string, language: FeedLanguage, events: CalendarEventInput[]): CalendarFeed {
    return representation(buildCalendar({ name, language, refreshSeconds: REFRESH_SECONDS }, events));
  }
}
