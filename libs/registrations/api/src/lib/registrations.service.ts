import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { Organisation } from '@samverkan/identity/api';
import { MailService, RecipientLimit } from '@samverkan/shared/api-mail';
import type { RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { badRequest, conflict, notFound, refused } from '@samverkan/shared/api-http';
import type { CreateRegistrationDto } from './dto/registration.dto';
import { registrationMail } from './mails';
import { Registration } from './registration.entity';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';
import { RegistrationLinks } from './registration-links';
import { RegistrationMailContexts } from './registration-mail-context';
import { CheckInCodes } from './check-in-codes';
import { checkInMailPart } from './check-in-qr';
import { decideHealthData, registrationRefusal, type Refusal } from './registration-rules';
import { newWaitlistPosition, takeSeat, takeSeatUnguarded } from './seats';
import { RegistrationFees } from './fees/registration-fees';

/** Registering for a conference: the seat guard (docs/adr/0004-capacity-guard.md). */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly links: RegistrationLinks,
    private readonly mailContexts: RegistrationMailContexts,
    private readonly recipientLimit: RecipientLimit,
    private readonly checkInCodes: CheckInCodes,
    private readonly fees: RegistrationFees,
    @Inject(REGISTRATION_OPTIONS) private readonly options: RegistrationOptions,
  ) {}

  /**
   * One transaction, with the lock taken late and held briefly: organisation, duplicates and the
   * conference are checked first without locks; then a conditional UPDATE takes a seat (or a waitlist
   * number) only while the conference is open and not full, which locks the row and re-checks the
   * conditions after any wait; then one statement writes the registration, its history and its mail.
   * The CHECK (confirmed_count <= capacity) is the last guard. Safe across any number of API processes.
   * Needs (health data) are kept only with the person's consent.
   */
  async register(conferenceId: string, body: CreateRegistrationDto): Promise<RegistrationCreatedResponse> {
    const health = decideHealthData(body, false);
    if ('refused' in health) throw badRequest('registrations.health-data-without-consent', { errors: health.refused });
    const id = randomUUID();
    const { manage, calendar } = this.links.issue(id);
    const checkIn = this.checkInCodes.issue(id);
    const checkInPart = await checkInMailPart(checkIn.code);
    const language = body.language ?? 'sv';
    const result = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const organisationId = body.organisationId ? await knownOrganisation(manager, body.organisationId) : null;
      // Checked before the lock for a friendly answer; the partial unique index settles races.
      const duplicate = await manager
        .getRepository(Registration)
        .createQueryBuilder('r')
        .where(`r.conferenceId = :conferenceId AND r.email = :email AND r.status <> 'cancelled'`, { conferenceId, email: body.email })
        .getExists();
      if (duplicate) throw alreadyRegistered();
      const conference = await manager.getRepository(Conference).findOneBy({ id: conferenceId });
      if (!conference) throw notFound('conferences.not-found');
      const refusal = registrationRefusal(conference);
      if (refusal) throw closed(refusal);
      const fee = await this.fees.decide(manager, conferenceId, { ...body, organisationId });
      // Whoever registers need not own the address: its mails are limited, with one confirmation per
      // conference and window (a cancel-and-register loop). Counted before the seat is taken, so the
      // conference lock is held no longer (lock order everywhere: recipient counter, then conference).
      const mailed = await this.recipientLimit.allow(manager, body.email, [{ scope: `confirmation:${conferenceId}`, limit: 1 }]);

      const seat = this.options.unsafeSkipCapacityGuard
        ? await takeSeatUnguarded(manager, conference)
        : await takeSeat(manager, conference);
      // Closed or cancelled while this request waited for the lock: answer with the current reason.
      if (!seat) throw closed(registrationRefusal(await manager.getRepository(Conference).findOneByOrFail({ id: conference.id })));
      const status = seat.confirmed ? 'confirmed' : 'waitlisted';
      const position = seat.confirmed ? null : await newWaitlistPosition(manager, conferenceId);
      const context = this.mailContexts.with(conference, manage.token, {
        to: body.email,
        language,
        firstName: body.firstName,
        registrationId: id,
      });
      if (seat.confirmed) context.checkIn = checkInPart;
      const mail = registrationMail(status, context, position ?? undefined);
      await insertOrConflict(() =>
        manager.query(
          `WITH r AS (
             INSERT INTO registrations (id, conference_id, status, waitlist_rank, first_name, last_name, email, organisation_id,
                    organisation_name, organisation_type, title, dietary_needs, accessibility_needs, language, consented_at,
                    show_on_attendee_list, manage_token_hash, calendar_token_hash, health_data_consent_at, check_in_code_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now(), $15, $16, $17, $25, $26) RETURNING id),
           e AS (INSERT INTO registration_events (registration_id, kind, details) SELECT id, 'created', $18::jsonb FROM r)
           INSERT INTO outbox_messages ("to", subject, text, status, subject_ref, attachments) SELECT $7, $19, $20, $21, $22, $23::jsonb FROM r WHERE $24`,
          [
            id,
            conferenceId,
            status,
            seat.rank,
            body.firstName,
            body.lastName,
            body.email,
            organisationId,
            body.organisationName,
            body.organisationType,
            body.title ?? null,
            health.patch.dietaryNeeds ?? null,
            health.patch.accessibilityNeeds ?? null,
            language,
            body.showOnAttendeeList ?? false,
            manage.hash,
            calendar.hash,
            JSON.stringify({ status, position }),
            mail.subject,
            mail.text,
            this.mail.initialStatus,
            mail.subjectRef,
            JSON.stringify(mail.attachments ?? []),
            mailed,
            health.patch.healthDataConsentAt ?? null,
            checkIn.hash,
          ],
        ),
      );
      await this.fees.attach(manager, id, fee);
      return { status, position, mailed } as const;
    });
    void this.mail.flush();
    return {
      id,
      status: result.status,
      waitlistPosition: result.position,
      manageToken: manage.token,
      manageUrl: this.links.manageUrl(manage.token),
      calendarUrl: this.links.calendarUrl(calendar.token),
      confirmationMailed: result.mailed,
    };
  }
}

async function knownOrganisation(manager: EntityManager, id: string): Promise<string> {
  if (!(await manager.getRepository(Organisation).existsBy({ id }))) {
    throw refused('registrations.unknown-organisation', { errors: { organisationId: 'unknown' } });
  }
  return id;
}

/** The conference takes no registration (422), for the reason given (none: it is not open). */
function closed(refusal: Refusal | null) {
  const { code, params } = refusal ?? { code: 'conferences.registration-not-open' as const };
  return refused(code, { params, errors: { conference: 'registrationClosed' } });
}

function alreadyRegistered() {
  return conflict('registrations.duplicate', { errors: { email: 'alreadyRegistered' } });
}

async function insertOrConflict<T>(insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
    if (constraint === 'registrations_conference_email_uq') throw alreadyRegistered();
    throw error;
  }
}
