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
import { adoptedAreasOf, adoptedTitlesByCode, HISTORY_SQL, type AdoptedArea, type VersionHistoryRow } from '@samverkan/strategy/api';
import { CALENDAR_OPTIONS, type CalendarOptions } from './calendar-options';
import {
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

/** A conference of the feed query, with the strategy's versions (HISTORY_SQL) its items' areas are named by. */
type FeedRow = FeedConference & { strategies: VersionHistoryRow[] };

/**
 * The adopted strategy's areas, the translation of every older code into them, and per code the titles
 * it shows under now: calendars follow the adopted version like the coverage report.
 */
function areaTitles(rows: VersionHistoryRow[]): { adopted: AdoptedArea[]; pairs: Array<{ from: string; to: string }>; titles: AreaTitles } {
  const history = adoptedAreasOf(rows);
  return { adopted: history?.areas ?? [], pairs: history?.pairs ?? [], titles: adoptedTitlesByCode(history) };
}

/** A feed's text, prepared for sending (gzip, ETag). */
export type CalendarFeed = Representation;

/** Subscribed clients are asked to fetch again after this long. */
const REFRESH_SECONDS = 3600;

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
    const [state]: { updated_at: Date; latest: number | null; areas_at: Date | null; adopted_id: string | null }[] =
      await this.dataSource.query(CONFERENCE_FEED_STATE_SQL, [conferenceId]);
    if (!state) throw notFound('calendar.conference-not-found');
    // Everything the feed is made of is in the key, so a cached text is never stale, whichever process
    // wrote the change; the day is in it because removed items leave the feed after REMOVED_KEPT_DAYS.
    const key = [
      conferenceId,
      language,
      state.updated_at.getTime(),
      state.latest,
      state.areas_at?.getTime(),
      state.adopted_id,
      stockholmDate(new Date()),
    ].join('|');
    return this.feeds.get(key, async () => {
      const [conference] = await this.conferences(conferenceId);
      if (!conference) throw notFound('calendar.conference-not-found');
      const removed = await this.removed(conferenceId);
      const context = this.context(language, areaTitles(conference.strategies).titles);
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
      ? programmeEvents(conference, removed, this.context(language, areaTitles(conference.strategies).titles), (item) => item.id === itemId)
      : [];
    if (!events.length) throw notFound('calendar.item-not-published');
    return this.feed(events[0].summary, language, events);
  }

  /**
   * Published items of every conference tagged with a focus area of the adopted strategy, or with a code
   * of an earlier version that maps to it.
   */
  async focusAreaFeed(code: string, language: FeedLanguage): Promise<CalendarFeed> {
    const areas = areaTitles(await this.dataSource.query(HISTORY_SQL));
    const area = areas.adopted.find((a) => a.code === code);
    if (!area) throw notFound('calendar.unknown-focus-area');
    const codes = areas.pairs.filter((p) => p.to === code).map((p) => p.from);
    const [conferences, removed] = await Promise.all([this.conferences(null, codes), this.removed(null)]);
    const context = this.context(language, areas.titles);
    const tagged = (item: { focusAreaCodes: string[] }) => item.focusAreaCodes.some((c) => codes.includes(c));
    return this.feed(
      `Samverkan: ${language === 'en' && area.titleEn ? area.titleEn : area.titleSv}`,
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
    const events = registrationEvents(row, conference, removed, this.context(language, areaTitles(conference.strategies).titles));
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

  private conferences(conferenceId: string | null, focusAreaCodes: string[] | null = null): Promise<FeedRow[]> {
    return this.dataSource.query(CONFERENCE_SQL, [conferenceId, focusAreaCodes]);
  }

  private removed(conferenceId: string | null): Promise<RemovedItem[]> {
    return this.dataSource.query(REMOVED_SQL, [conferenceId]);
  }

  private context(language: FeedLanguage, areas: AreaTitles): EventContext {
    return { publicUrl: this.options.publicUrl, language, areas };
  }

  private feed(name: string, language: FeedLanguage, events: CalendarEventInput[]): CalendarFeed {
    return representation(buildCalendar({ name, language, refreshSeconds: REFRESH_SECONDS }, events));
  }
}
