import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashLinkToken, LINK_TOKEN_PATTERN, LinkTokens, type AuthenticatedUser } from '@samverkan/identity/api';
import { RegistrationLinks } from '@samverkan/registrations/api';
import { RepresentationCache, representation, type Representation } from '@samverkan/shared/api-http';
import { buildCalendar, type CalendarEventInput } from '@samverkan/shared/api-ical';
import { FOCUS_AREA_CODES } from '@samverkan/strategy/contract';
import { CalendarToken } from './calendar-token.entity';
import {
  conferenceEvent,
  conferenceTitle,
  itemEvent,
  programmeEvents,
  sequenceOf,
  type AreaTitles,
  type EventContext,
  type FeedConference,
  type FeedLanguage,
  type RemovedItem,
} from '@samverkan/agenda/api';

export const CALENDAR_OPTIONS = Symbol('CALENDAR_OPTIONS');
export interface CalendarOptions {
  publicUrl: string;
}

/** A feed's text, prepared for sending (gzip, ETag). */
export type CalendarFeed = Representation;

/** How long a removed item stays in feeds as CANCELLED, so subscribed calendars drop it. */
export const REMOVED_KEPT_DAYS = 60;
/** Subscribed clients are asked to fetch again after this long. */
const REFRESH_SECONDS = 3600;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMMITTEE_ROLES = ['admin', 'working-committee'];

/** Focus-area titles by code, of the newest strategy that has the code. */
const AREAS_SQL = `SELECT DISTINCT ON (code) code, title_sv, title_en FROM focus_areas ORDER BY code, created_at DESC`;

/** Conferences visible to the public with their latest published programme; $2 filters items by focus area. */
const CONFERENCE_SQL = `
  SELECT c.id, c.status, c.title_sv, c.title_en, c.description_sv, c.description_en, c.venue, c.address,
         c.starts_at, c.ends_at, c.created_at, c.updated_at, v.published_at,
         (SELECT json_object_agg(code, json_build_array(title_sv, title_en)) FROM (${AREAS_SQL}) a) AS areas,
         CASE WHEN $2::text IS NULL THEN v.snapshot->'items'
              ELSE (SELECT coalesce(jsonb_agg(it), '[]'::jsonb) FROM jsonb_array_elements(v.snapshot->'items') it
                     WHERE it->'focusAreaCodes' ? $2::text) END AS items
    FROM conferences c
    LEFT JOIN LATERAL (
      SELECT published_at, snapshot FROM agenda_versions WHERE conference_id = c.id ORDER BY number DESC LIMIT 1
    ) v ON true
   WHERE c.status <> 'draft' AND ($1::uuid IS NULL OR c.id = $1::uuid)
   ORDER BY c.starts_at`;

/**
 * Items removed from a programme in the last REMOVED_KEPT_DAYS days, as they were just before their
 * removal (from the previous version's snapshot), for one conference or all visible ones.
 */
const REMOVED_SQL = `
  SELECT DISTINCT ON (v.conference_id, ch->>'itemId') v.conference_id, v.published_at AS removed_at, prev.item
    FROM agenda_versions v
    JOIN conferences c ON c.id = v.conference_id AND c.status <> 'draft'
    CROSS JOIN LATERAL jsonb_array_elements(v.changes) ch
    JOIN agenda_versions p ON p.conference_id = v.conference_id AND p.number = v.number - 1
    CROSS JOIN LATERAL (
      SELECT it AS item FROM jsonb_array_elements(p.snapshot->'items') it WHERE it->>'id' = ch->>'itemId' LIMIT 1
    ) prev
   WHERE ch->>'kind' = 'removed'
     AND v.published_at > now() - make_interval(days => ${REMOVED_KEPT_DAYS})
     AND ($1::uuid IS NULL OR v.conference_id = $1::uuid)
   ORDER BY v.conference_id, ch->>'itemId', v.number DESC`;

const today = () => new Date().toISOString().slice(0, 10);

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
    private readonly links: LinkTokens,
    private readonly registrationLinks: RegistrationLinks,
  ) {}

  /** A conference's published programme, plus the conference itself as an all-day event. */
  async conferenceFeed(conferenceId: string, language: FeedLanguage): Promise<CalendarFeed> {
    const [state] = UUID_PATTERN.test(conferenceId)
      ? await this.dataSource.query(
          `SELECT c.updated_at, (SELECT max(number) FROM agenda_versions v WHERE v.conference_id = c.id) AS latest,
                  (SELECT max(updated_at) FROM focus_areas) AS areas_at
             FROM conferences c WHERE c.id = $1 AND c.status <> 'draft'`,
          [conferenceId],
        )
      : [];
    if (!state) throw new NotFoundException('Konferensen finns inte.');
    // Everything the feed is made of is in the key, so a cached text is never stale, whichever process
    // wrote the change; the day is in it because removed items leave the feed after REMOVED_KEPT_DAYS.
    const key = [conferenceId, language, state.updated_at.toISOString(), state.latest, state.areas_at?.toISOString(), today()].join('|');
    return this.feeds.get(key, async () => {
      const [conference] = await this.conferences(conferenceId);
      if (!conference) throw new NotFoundException('Konferensen finns inte.');
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
    const [found] = UUID_PATTERN.test(itemId)
      ? await this.dataSource.query(
          `SELECT conference_id FROM agenda_items WHERE id = $1
           UNION ALL
           SELECT conference_id FROM agenda_versions WHERE snapshot->'items' @> jsonb_build_array(jsonb_build_object('id', $1::text))
           LIMIT 1`,
          [itemId],
        )
      : [];
    const [conference] = found ? await this.conferences(found.conference_id) : [];
    const removed = conference ? await this.removed(conference.id) : [];
    const events = conference
      ? programmeEvents(conference, removed, this.context(language, conference.areas ?? {}), (item) => item.id === itemId)
      : [];
    if (!conference || !events.length) throw new NotFoundException('Programpunkten finns inte i något publicerat program.');
    return this.feed(events[0].summary, language, events);
  }

  /** Published items of every conference tagged with a focus area. */
  async focusAreaFeed(code: string, language: FeedLanguage): Promise<CalendarFeed> {
    if (!(FOCUS_AREA_CODES as readonly string[]).includes(code)) throw new NotFoundException('Fokusområdet finns inte.');
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
   * A registration's personal feed: the conference (tentative while waitlisted, cancelled when the
   * registration or conference is) and the sessions the person signed up for; sessions they gave up,
   * lost with a cancelled registration or saw removed stay for a while as CANCELLED, so a subscribed
   * calendar drops them. At most three queries: the registration, the conference, removed items.
   */
  async registrationFeed(token: string): Promise<CalendarFeed> {
    const [row]: {
      conference_id: string;
      registration_status: string;
      language: string;
      registration_updated_at: Date;
      chosen: string[];
      withdrawn: { id: string; at: string }[];
    }[] = LINK_TOKEN_PATTERN.test(token)
      ? await this.dataSource.query(
          `SELECT r.conference_id, r.status AS registration_status, r.language, r.updated_at AS registration_updated_at,
                  array(SELECT agenda_item_id::text FROM session_signups s WHERE s.registration_id = r.id) AS chosen,
                  (SELECT coalesce(json_agg(json_build_object('id', w.agenda_item_id, 'at', w.withdrawn_at)), '[]')
                     FROM session_withdrawals w
                    WHERE w.registration_id = r.id AND w.withdrawn_at > now() - make_interval(days => ${REMOVED_KEPT_DAYS})) AS withdrawn
             FROM registrations r WHERE r.calendar_token_hash = $1 AND r.anonymised_at IS NULL`,
          [hashLinkToken(token)],
        )
      : [];
    const [conference] = row ? await this.conferences(row.conference_id) : [];
    if (!row || !conference) throw new NotFoundException('Kalendern finns inte.');
    const language: FeedLanguage = row.language === 'en' ? 'en' : 'sv';
    const context = this.context(language, conference.areas ?? {});
    const chosen = new Set<string>(row.chosen);
    const status =
      row.registration_status === 'cancelled' || conference.status === 'cancelled'
        ? 'cancelled'
        : row.registration_status === 'waitlisted'
          ? 'tentative'
          : 'confirmed';
    // Chosen sessions as published (CANCELLED with the conference), then the ones given up.
    const sessions = programmeEvents(conference, [], context, (item) => chosen.has(item.id));
    const withdrawn = row.withdrawn.filter((w) => !chosen.has(w.id));
    const published = new Map((conference.items ?? []).map((item) => [item.id, item]));
    for (const w of withdrawn) {
      const item = published.get(w.id);
      if (item) sessions.push(itemEvent(item, conference, context, new Date(w.at)));
    }
    const gone = new Set(withdrawn.filter((w) => !published.has(w.id)).map((w) => w.id));
    if (gone.size) {
      const removed = (await this.removed(conference.id)).filter((r) => gone.has(r.item.id));
      sessions.push(...programmeEvents(conference, removed, context, (item) => gone.has(item.id)));
    }
    return this.feed(conferenceTitle(conference, language), language, [
      conferenceEvent(conference, context, status, [row.registration_updated_at]),
      ...sessions,
    ]);
  }

  /** A new calendar token for a registration (by its manage token): the old subscription link stops working. */
  async rotateRegistrationToken(manageToken: string): Promise<string> {
    const url = await this.dataSource.transaction((manager) => this.registrationLinks.rotateCalendar(manager, manageToken));
    if (!url) throw new NotFoundException('Anmälan finns inte.');
    return url;
  }

  /**
   * The committee-meeting feed link of a committee member or administrator (made on first use; only
   * its hash is stored, see LinkTokens). Rotating issues the next version: the old link stops working.
   */
  async meetingsUrl(user: AuthenticatedUser, rotate = false): Promise<string> {
    const token = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CalendarToken);
      const existing = await repository.findOne({ where: { userId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (existing && !rotate) {
        const { token, reissued } = this.links.current('meeting-calendar', user.id, { version: existing.version, hash: existing.tokenHash });
        if (reissued) await repository.update({ userId: user.id }, { version: reissued.version, tokenHash: reissued.hash });
        return token;
      }
      const next = this.links.issue('meeting-calendar', user.id, (existing?.version ?? 0) + 1);
      await repository.upsert({ userId: user.id, version: next.version, tokenHash: next.hash }, ['userId']);
      return next.token;
    });
    return `${this.options.publicUrl}/api/calendar/meetings/${token}.ics`;
  }

  /** Every working-committee meeting, for an active committee member's or administrator's token. */
  async meetingsFeed(token: string): Promise<CalendarFeed> {
    const rows: MeetingRow[] = LINK_TOKEN_PATTERN.test(token)
      ? await this.dataSource.query(
          `SELECT u.id AS user_id, m.id, m.title, m.starts_at, m.ends_at, m.place, m.video_link, m.created_at, m.updated_at
             FROM calendar_tokens t
             JOIN users u ON u.id = t.user_id AND u.active AND u.roles && $2::text[]
             LEFT JOIN meetings m ON m.starts_at > now() - interval '1 year'
            WHERE t.token_hash = $1
            ORDER BY m.starts_at`,
          [hashLinkToken(token), COMMITTEE_ROLES],
        )
      : [];
    if (!rows.length) throw new NotFoundException('Kalendern finns inte.');
    const events: CalendarEventInput[] = rows
      .filter((m) => m.id)
      .map((m) => ({
        uid: `meeting-${m.id}@samverkan`,
        start: m.starts_at,
        // A meeting without an end time is booked for two hours.
        end: m.ends_at ?? new Date(m.starts_at.getTime() + 2 * 3600_000),
        summary: m.title,
        description: [
          m.video_link ? `Videolänk: ${m.video_link}` : '',
          `Dagordning: ${this.options.publicUrl}/arbetsutskottet/moten/${m.id}`,
        ]
          .filter(Boolean)
          .join('\n\n'),
        location: m.place ?? m.video_link,
        url: `${this.options.publicUrl}/arbetsutskottet/moten/${m.id}`,
        status: 'confirmed',
        sequence: sequenceOf(m.created_at, m.updated_at),
        lastModified: m.updated_at,
      }));
    return this.feed('Arbetsutskottets möten', 'sv', events);
  }

  // Helpers -------------------------------------------------------------------------------------------

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

type FeedRow = FeedConference & { areas: AreaTitles | null };

interface MeetingRow {
  user_id: string;
  id: string | null;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  place: string | null;
  video_link: string | null;
  created_at: Date;
  updated_at: Date;
}
