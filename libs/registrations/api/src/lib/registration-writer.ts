import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Conference } from '@samverkan/conferences/api';
import type { OrganisationType } from '@samverkan/identity/contract';
import type { StoredLink } from '@samverkan/identity/api';
import { MailService } from '@samverkan/shared/api-mail';
import { badRequest, type AppError } from '@samverkan/shared/api-http';
import type { GroupMemberRequest, Language, RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { seatMails, type SeatMails } from './mails';
import { RegistrationLinks } from './registration-links';
import { RegistrationMailContexts } from './registration-mail-context';
import { CheckInCodes } from './check-in-codes';
import { decideHealthData, type HealthDataPatch } from './registration-rules';
import type { Seat } from './seats';

/** The person fields of a registration, alone or in a group. */
export type Registrant = GroupMemberRequest;

export interface RegistrantOrganisation {
  id: string | null;
  name: string;
  type: OrganisationType;
}

/** What is made before the transaction: the id, the secret links and the check-in code. */
export interface PreparedRegistration {
  id: string;
  person: Registrant;
  language: Language;
  health: HealthDataPatch;
  manage: { token: string } & StoredLink;
  calendar: { token: string } & StoredLink;
  checkInHash: string;
  checkInCode: string;
}

export interface WrittenRegistration {
  status: 'confirmed' | 'waitlisted';
  position: number | null;
}

/**
 * Writes one person's registration, with its history and its confirmation or waitlist mail, in one
 * statement: used by single and group registration, after the caller has checked duplicates and taken
 * the seat (seats.ts) in its transaction.
 */
@Injectable()
export class RegistrationWriter {
  constructor(
    private readonly mail: MailService,
    private readonly links: RegistrationLinks,
    private readonly mailContexts: RegistrationMailContexts,
    private readonly checkInCodes: CheckInCodes,
  ) {}

  /**
   * Outside the transaction (the links are HMACs). Needs (health data) are kept only with the
   * person's consent; `field` prefixes the names in the refusal (a group's `members.2.`).
   */
  async prepare(person: Registrant, field = ''): Promise<PreparedRegistration> {
    const health = decideHealthData(person, false);
    if ('refused' in health) {
      const errors = Object.fromEntries(Object.entries(health.refused).map(([name, why]) => [`${field}${name}`, why]));
      throw badRequest('registrations.health-data-without-consent', { errors });
    }
    const id = randomUUID();
    const { manage, calendar } = this.links.issue(id);
    const checkIn = this.checkInCodes.issue(id);
    return {
      id,
      person,
      language: person.language ?? 'sv',
      health: health.patch,
      manage,
      calendar,
      checkInHash: checkIn.hash,
      checkInCode: checkIn.code,
    };
  }

  /**
   * Both possible mails of a registration being made (seatMails), before its seat is taken: a seat is
   * then held only for the inserts, never for rendering.
   */
  mails(conference: Conference, p: PreparedRegistration): SeatMails {
    const context = this.mailContexts.with(conference, p.manage.token, {
      to: p.person.email,
      language: p.language,
      firstName: p.person.firstName,
      registrationId: p.id,
    });
    context.checkIn = { code: p.checkInCode };
    return seatMails(context);
  }

  /**
   * Inserts the registration at `seat`, its 'created' event and, when `mailed`, its mail (rendered
   * before by `mails()`), in one statement. A waitlisted registration's position is counted in that
   * statement: the lower ranks waiting. Ranks are drawn in one order and committed in another, so a
   * lower rank still in flight is not counted: the position is the place right now, and may get better
   * (ADR 0009). A unique violation on the conference's e-mail (a
   * registration that won a race) becomes `onDuplicate()`.
   */
  async write(
    manager: EntityManager,
    r: {
      conference: Conference;
      seat: Seat;
      organisation: RegistrantOrganisation;
      prepared: PreparedRegistration;
      mails: SeatMails;
      mailed: boolean;
    },
    onDuplicate: () => AppError,
  ): Promise<WrittenRegistration> {
    const { conference, seat, organisation, prepared: p, mailed } = r;
    const status = seat.confirmed ? 'confirmed' : 'waitlisted';
    const mail = seat.confirmed ? { ...r.mails.confirmed, text: [r.mails.confirmed.text, ''] } : r.mails.waitlisted;
    let rows: { position: string | null }[];
    try {
      rows = await manager.query(
        `WITH p AS (SELECT CASE WHEN $27::boolean THEN (SELECT count(*) + 1 FROM registrations WHERE conference_id = $2 AND status = 'waitlisted' AND waitlist_rank < $4::bigint) END AS position),
         r AS (
           INSERT INTO registrations (id, conference_id, status, waitlist_rank, first_name, last_name, email, organisation_id,
                  organisation_name, organisation_type, title, dietary_needs, accessibility_needs, language, consented_at,
                  show_on_attendee_list, manage_token_hash, calendar_token_hash, health_data_consent_at, check_in_code_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now(), $15, $16, $17, $25, $26) RETURNING id),
         e AS (INSERT INTO registration_events (registration_id, kind, details)
               SELECT r.id, 'created', jsonb_build_object('status', $18::text, 'position', p.position) FROM r, p),
         m AS (INSERT INTO outbox_messages ("to", subject, text, status, subject_ref, attachments)
               SELECT $7, $19, $20::text || coalesce(p.position::text, '') || $28::text, $21, $22, $23::jsonb FROM r, p WHERE $24)
         SELECT p.position::text AS position FROM p`,
        [
          p.id,
          conference.id,
          status,
          seat.rank,
          p.person.firstName,
          p.person.lastName,
          p.person.email,
          organisation.id,
          organisation.name,
          organisation.type,
          p.person.title ?? null,
          p.health.dietaryNeeds ?? null,
          p.health.accessibilityNeeds ?? null,
          p.language,
          p.person.showOnAttendeeList ?? false,
          p.manage.hash,
          p.calendar.hash,
          status,
          mail.subject,
          mail.text[0],
          this.mail.initialStatus,
          mail.subjectRef,
          JSON.stringify(mail.attachments ?? []),
          mailed,
          p.health.healthDataConsentAt ?? null,
          p.checkInHash,
          !seat.confirmed,
          mail.text[1],
        ],
      );
    } catch (error) {
      const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      if (constraint === 'registrations_conference_email_uq') throw onDuplicate();
      throw error;
    }
    const position = rows[0]?.position;
    return { status, position: position == null ? null : Number(position) };
  }

  /** The answer for a new registration. */
  created(p: PreparedRegistration, written: WrittenRegistration, mailed: boolean): RegistrationCreatedResponse {
    return {
      id: p.id,
      status: written.status,
      waitlistPosition: written.position,
      manageToken: p.manage.token,
      manageUrl: this.links.manageUrl(p.manage.token),
      calendarUrl: this.links.calendarUrl(p.calendar.token),
      confirmationMailed: mailed,
    };
  }
}
