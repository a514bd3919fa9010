import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AgendaService, feedConference, itemEvent, signupsTakenSql } from '@samverkan/agenda/api';
import { Conference } from '@samverkan/conferences/api';
import type { ProgrammeChange, ProgrammeItem } from '@samverkan/agenda/contract';
import { buildCalendar } from '@samverkan/shared/api-ical';
import { MailService, type OutboxAttachment } from '@samverkan/shared/api-mail';
import type { MySessionResponse } from '@samverkan/registrations/contract';
import { conflict, notFound, refused } from '@samverkan/shared/api-http';
import { toStockholmIso, formatRange } from '@samverkan/shared/util-dates';
import { Registration, SessionSignup } from './registration.entity';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';
import { RegistrationLinks } from './registration-links';
import { claimSessionSeat, freeSessionSeats } from './session-seats';

/**
 * Sign-up for sessions with limited places, from the manage link. On the conference's seat design
 * (ADR 0009): a place is a seat row of the session, claimed with SKIP LOCKED (session-seats.ts), so
 * sign-ups to one session do not queue on one row. The person's registration row is locked, so two
 * requests of one person cannot pick overlapping sessions at once.
 */
@Injectable()
export class SessionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
    private readonly mail: MailService,
    private readonly links: RegistrationLinks,
    @Inject(REGISTRATION_OPTIONS) private readonly options: RegistrationOptions,
  ) {}

  onModuleInit(): void {
    this.agenda.useSharedSignups(async (manager, conferenceId) => {
      const rows: { a: string; b: string }[] = await manager.query(
        `SELECT DISTINCT s1.agenda_item_id AS a, s2.agenda_item_id AS b
           FROM session_signups s1
           JOIN session_signups s2 ON s2.registration_id = s1.registration_id AND s2.agenda_item_id > s1.agenda_item_id
           JOIN agenda_items i ON i.id = s1.agenda_item_id
          WHERE i.conference_id = $1`,
        [conferenceId],
      );
      return rows.map((r) => [r.a, r.b] as [string, string]);
    });
    this.agenda.onPublished((manager, conferenceId, version, changes) => this.mailChangedSessions(manager, conferenceId, version, changes));
  }

  async mine(token: string): Promise<MySessionResponse[]> {
    const registration = await this.registration(this.dataSource.manager, token);
    return this.sessionsOf(this.dataSource.manager, registration.id);
  }

  async signUp(token: string, agendaItemId: string): Promise<MySessionResponse[]> {
    const registrationId = await this.dataSource.transaction(async (manager) => {
      const registration = await this.registration(manager, token, true);
      if (registration.status !== 'confirmed') throw refused('registrations.item-needs-confirmed');
      const [item] = await manager.query(
        `SELECT id, title_sv, starts_at, ends_at, signup_required, signup_capacity FROM agenda_items WHERE id = $1 AND conference_id = $2`,
        [agendaItemId, registration.conferenceId],
      );
      if (!item || !(await this.isPublished(manager, registration.conferenceId, agendaItemId)))
        throw notFound('registrations.item-not-found');
      if (!item.signup_required) throw refused('registrations.item-without-signup');
      if (await manager.getRepository(SessionSignup).existsBy({ registrationId: registration.id, agendaItemId })) return registration.id;
      // Overlap as published: what the participant sees, whatever the committee's draft says now.
      const [clash] = await manager.query(
        `WITH published AS (
           SELECT (it->>'id')::uuid AS id, it->>'titleSv' AS title_sv,
                  (it->>'startsAt')::timestamptz AS starts_at, (it->>'endsAt')::timestamptz AS ends_at
             FROM agenda_versions v CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') it
            WHERE v.conference_id = $3 AND v.number = (SELECT max(number) FROM agenda_versions WHERE conference_id = $3))
         SELECT chosen.title_sv FROM session_signups s
           JOIN published chosen ON chosen.id = s.agenda_item_id
           JOIN published wanted ON wanted.id = $2
          WHERE s.registration_id = $1 AND chosen.starts_at < wanted.ends_at AND wanted.starts_at < chosen.ends_at
          LIMIT 1`,
        [registration.id, agendaItemId, registration.conferenceId],
      );
      if (clash) {
        throw refused('registrations.item-overlaps', { params: { title: clash.title_sv }, errors: { agendaItemId: 'overlaps' } });
      }
      if (this.options.unsafeSkipCapacityGuard) {
        // The race test's negative control: read, then write, without the guard.
        const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM session_signups WHERE agenda_item_id = $1`, [agendaItemId]);
        // Widen the gap between read and write a little, so the control overfills even when the requests
        // happen to arrive spread out (as for conference seats, takeSeatUnguarded).
        await manager.query('SELECT pg_sleep(0.005)');
        if (n >= item.signup_capacity) throw full();
      } else if (!(await claimSessionSeat(manager, agendaItemId, registration.id))) {
        throw full();
      }
      await manager.getRepository(SessionSignup).insert({ registrationId: registration.id, agendaItemId });
      return registration.id;
    });
    return this.sessionsOf(this.dataSource.manager, registrationId);
  }

  async leave(token: string, agendaItemId: string): Promise<MySessionResponse[]> {
    const registrationId = await this.dataSource.transaction(async (manager) => {
      const registration = await this.registration(manager, token, true);
      const result = await manager.getRepository(SessionSignup).delete({ registrationId: registration.id, agendaItemId });
      if (result.affected) await freeSessionSeats(manager, registration.id, [agendaItemId]);
      return registration.id;
    });
    return this.sessionsOf(this.dataSource.manager, registrationId);
  }

  /** Frees a cancelled registration's session places (called in the cancellation transaction). */
  async releaseAll(manager: EntityManager, registrationId: string): Promise<void> {
    await manager.query(
      `WITH gone AS (DELETE FROM session_signups WHERE registration_id = $1 RETURNING agenda_item_id)
       UPDATE session_seats s SET registration_id = NULL FROM gone WHERE s.agenda_item_id = gone.agenda_item_id AND s.registration_id = $1`,
      [registrationId],
    );
  }

  private async mailChangedSessions(
    manager: EntityManager,
    conferenceId: string,
    version: number,
    changes: ProgrammeChange[],
  ): Promise<void> {
    const touched = changes.filter((c) => c.kind !== 'added');
    if (!touched.length) return;
    const rows: {
      item_id: string;
      email: string;
      first_name: string;
      language: 'sv' | 'en';
      manage_token_version: number;
      manage_token_hash: string;
      registration_id: string;
    }[] = await manager.query(
      // People still signed up to a changed item, and those whose place went with a removed item (the
      // sign-up was deleted with the draft item; session_withdrawals remembers it).
      `SELECT s.agenda_item_id AS item_id, r.email, r.first_name, r.language, r.manage_token_version, r.manage_token_hash, r.id AS registration_id
         FROM (SELECT registration_id, agenda_item_id FROM session_signups WHERE agenda_item_id = ANY($1::uuid[])
               UNION
               SELECT registration_id, agenda_item_id FROM session_withdrawals WHERE item_removed AND agenda_item_id = ANY($2::uuid[])) s
         JOIN registrations r ON r.id = s.registration_id
        WHERE r.status = 'confirmed' AND r.anonymised_at IS NULL`,
      [touched.map((c) => c.itemId), touched.filter((c) => c.kind === 'removed').map((c) => c.itemId)],
    );
    const attachment = await this.changedSessionsCalendar(manager, conferenceId, version, touched);
    const describe = (c: ProgrammeChange, en: boolean) => {
      if (c.kind === 'removed')
        return en ? `“${c.titleSv}” has been removed from the programme.` : `”${c.titleSv}” har tagits bort ur programmet.`;
      const when = c.after ? formatRange(c.after.startsAt, c.after.endsAt, en ? 'en' : 'sv') : '';
      const where = c.after?.roomName ? `, ${c.after.roomName}` : '';
      return en ? `“${c.titleSv}” has changed: now ${when}${where}.` : `”${c.titleSv}” har ändrats: nu ${when}${where}.`;
    };
    const manageTokens = new Map<string, string>();
    for (const row of rows)
      manageTokens.set(
        row.registration_id,
        await this.links.manageToken(manager, {
          id: row.registration_id,
          manageTokenVersion: row.manage_token_version,
          manageTokenHash: row.manage_token_hash,
        }),
      );
    await this.mail.enqueue(
      manager,
      rows.map((row) => {
        const change = touched.find((c) => c.itemId === row.item_id) as ProgrammeChange;
        const en = row.language === 'en';
        return {
          to: row.email,
          subject: en ? `Programme change: ${change.titleSv}` : `Programändring: ${change.titleSv}`,
          text: [
            `${en ? 'Hello' : 'Hej'} ${row.first_name},`,
            '',
            describe(change, en),
            '',
            en ? `Your programme (version ${version}):` : `Ditt program (version ${version}):`,
            this.links.manageUrl(manageTokens.get(row.registration_id) as string),
          ].join('\n'),
          subjectRef: `registration:${row.registration_id}`,
          attachments: attachment(row.item_id, row.language),
        };
      }),
    );
    setTimeout(() => void this.mail.flush(), 200).unref();
  }

  /**
   * The changed session as an .ics file for the change mail: its new time and place, or CANCELLED when
   * removed, with the feeds' UID and SEQUENCE so a calendar that has it updates the same event.
   */
  private async changedSessionsCalendar(
    manager: EntityManager,
    conferenceId: string,
    version: number,
    touched: ProgrammeChange[],
  ): Promise<(itemId: string, language: 'sv' | 'en') => OutboxAttachment[]> {
    const entity = await manager.getRepository(Conference).findOneBy({ id: conferenceId });
    const conference = entity ? feedConference(entity) : null;
    // The item as now published, or (removed) as it was in the version before.
    const rows: { number: number; item: ProgrammeItem }[] = await manager.query(
      `SELECT v.number, it AS item FROM agenda_versions v CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') it
        WHERE v.conference_id = $1 AND v.number IN ($2, $2 - 1) AND it->>'id' = ANY($3::text[])
        ORDER BY v.number DESC`,
      [conferenceId, version, touched.map((c) => c.itemId)],
    );
    return (itemId, language) => {
      const row = rows.find((r) => r.item.id === itemId);
      if (!row || !conference) return [];
      const removedAt = row.number === version ? null : new Date();
      const event = itemEvent(row.item, conference, { publicUrl: this.options.publicUrl, language, areas: {} }, removedAt);
      return [
        {
          filename: language === 'en' ? 'session.ics' : 'programpunkt.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: buildCalendar({ name: event.summary, language, method: 'publish' }, [event]),
        },
      ];
    };
  }

  private async isPublished(manager: EntityManager, conferenceId: string, itemId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM agenda_versions v WHERE v.conference_id = $1
          AND v.number = (SELECT max(number) FROM agenda_versions WHERE conference_id = $1)
          AND v.snapshot->'items' @> jsonb_build_array(jsonb_build_object('id', $2::text))`,
      [conferenceId, itemId],
    );
    return !!row;
  }

  private async registration(manager: EntityManager, token: string, lock = false): Promise<Registration> {
    const hash = this.links.lookupHash(token);
    const registration = hash
      ? await manager
          .getRepository(Registration)
          .findOne({ where: { manageTokenHash: hash }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!registration || registration.anonymisedAt) throw notFound('registrations.not-found');
    return registration;
  }

  private async sessionsOf(manager: EntityManager, registrationId: string): Promise<MySessionResponse[]> {
    const rows: {
      id: string;
      title_sv: string;
      title_en: string | null;
      starts_at: Date | null;
      ends_at: Date | null;
      room_name: string | null;
      signup_capacity: number | null;
      signup_count: number;
    }[] = await manager.query(
      // As published (the latest version's snapshot), not as the committee's draft may have it now.
      `SELECT i.id, coalesce(p.item->>'titleSv', i.title_sv) AS title_sv, coalesce(p.item->>'titleEn', i.title_en) AS title_en,
              coalesce((p.item->>'startsAt')::timestamptz, i.starts_at) AS starts_at,
              coalesce((p.item->>'endsAt')::timestamptz, i.ends_at) AS ends_at,
              coalesce(p.item->>'roomName', r.name) AS room_name, i.signup_capacity,
              ${signupsTakenSql('i.id')} AS signup_count
         FROM session_signups s
         JOIN agenda_items i ON i.id = s.agenda_item_id
         LEFT JOIN rooms r ON r.id = i.room_id
         LEFT JOIN LATERAL (
           SELECT it AS item FROM agenda_versions v CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') it
            WHERE v.conference_id = i.conference_id AND it->>'id' = i.id::text
              AND v.number = (SELECT max(number) FROM agenda_versions w WHERE w.conference_id = i.conference_id)
         ) p ON true
        WHERE s.registration_id = $1 ORDER BY 4`,
      [registrationId],
    );
    return rows.map((r) => ({
      agendaItemId: r.id,
      titleSv: r.title_sv,
      titleEn: r.title_en,
      startsAt: r.starts_at ? toStockholmIso(r.starts_at) : null,
      endsAt: r.ends_at ? toStockholmIso(r.ends_at) : null,
      roomName: r.room_name,
      signupCapacity: r.signup_capacity,
      signupCount: r.signup_count,
    }));
  }
}

function full() {
  return conflict('registrations.item-full', { errors: { agendaItemId: 'full' } });
}
