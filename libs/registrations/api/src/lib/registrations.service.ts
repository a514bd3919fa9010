import { ConflictException, Inject, Injectable, NotFoundException, OnModuleInit, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Conference, ConferenceEvents, isRegistrationOpen } from '@samverkan/conferences/api';
import { Organisation } from '@samverkan/identity/api';
import { MailService, RecipientLimit, type NewMail } from '@samverkan/shared/api-mail';
import type { RegistrationCreatedResponse, RegistrationResponse } from '@samverkan/registrations/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { CreateRegistrationDto, UpdateRegistrationDto } from './dto/registration.dto';
import { feedConference } from '@samverkan/agenda/api';
import { registrationMail, type MailContext } from './mails';
import { Registration, RegistrationEvent, type EventDetails, type RegistrationEventKind } from './registration.entity';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';
import { RegistrationLinks } from './registration-links';
import { SessionsService } from './sessions.service';

@Injectable()
export class RegistrationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly conferenceEvents: ConferenceEvents,
    private readonly sessions: SessionsService,
    private readonly links: RegistrationLinks,
    private readonly recipientLimit: RecipientLimit,
    @Inject(REGISTRATION_OPTIONS) private readonly options: RegistrationOptions,
  ) {}

  onModuleInit(): void {
    // Raising capacity promotes from the waitlist in the same transaction.
    this.conferenceEvents.onCapacityChanged(async (manager, conference) => {
      const mails = await this.promoteWhileSeatsLeft(manager, conference.id);
      await this.mail.enqueue(manager, mails);
      // Sent once the surrounding transaction has committed (the retry loop catches anything missed).
      setTimeout(() => void this.mail.flush(), 200).unref();
    });
  }

  /**
   * One transaction, with the lock taken late and held briefly: organisation, duplicates and the
   * conference are checked first without locks; then a conditional UPDATE takes a seat (or a waitlist
   * number) only while the conference is open and not full, which locks the row and re-checks the
   * conditions after any wait; then one statement writes the registration, its history and its mail.
   * The CHECK (confirmed_count <= capacity) is the last guard. Safe across any number of API processes.
   */
  async register(conferenceId: string, body: CreateRegistrationDto): Promise<RegistrationCreatedResponse> {
    const id = randomUUID();
    const { manage, calendar } = this.links.issue(id);
    const language = body.language ?? 'sv';
    const result = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const organisationId = body.organisationId ? await this.knownOrganisation(manager, body.organisationId) : null;
      // Checked before the lock for a friendly answer; the partial unique index settles races.
      const duplicate = await manager
        .getRepository(Registration)
        .createQueryBuilder('r')
        .where(`r.conferenceId = :conferenceId AND r.email = :email AND r.status <> 'cancelled'`, { conferenceId, email: body.email })
        .getExists();
      if (duplicate) throw alreadyRegistered();
      const conference = await manager.getRepository(Conference).findOneBy({ id: conferenceId });
      if (!conference) throw new NotFoundException('Konferensen finns inte.');
      refuseWhenClosed(conference);
      // Whoever registers need not own the address: its mails are limited, with one confirmation per
      // conference and window (a cancel-and-register loop). Counted before the seat is taken, so the
      // conference lock is held no longer (lock order everywhere: recipient counter, then conference).
      const mailed = await this.recipientLimit.allow(manager, body.email, [{ scope: `confirmation:${conferenceId}`, limit: 1 }]);

      const seat = this.options.unsafeSkipCapacityGuard
        ? await this.takeSeatUnguarded(manager, conference)
        : await this.takeSeat(manager, conference);
      const status = seat.confirmed ? 'confirmed' : 'waitlisted';
      // Under the lock every earlier waitlist entry is committed, and this one has the highest rank.
      const position = seat.confirmed
        ? null
        : Number(
            (
              await manager.query(`SELECT count(*) + 1 AS n FROM registrations WHERE conference_id = $1 AND status = 'waitlisted'`, [
                conferenceId,
              ])
            )[0].n,
          );
      const context: MailContext = {
        ...this.mailContextOf(conference, manage.token),
        to: body.email,
        language,
        firstName: body.firstName,
        registrationId: id,
      };
      const mail = registrationMail(status, context, position ?? undefined);
      await insertOrConflict(() =>
        manager.query(
          `WITH r AS (
             INSERT INTO registrations (id, conference_id, status, waitlist_rank, first_name, last_name, email, organisation_id,
                    organisation_name, organisation_type, title, dietary_needs, accessibility_needs, language, consented_at,
                    show_on_attendee_list, manage_token_hash, calendar_token_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now(), $15, $16, $17) RETURNING id),
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
            body.dietaryNeeds ?? null,
            body.accessibilityNeeds ?? null,
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
          ],
        ),
      );
      return { status, position } as const;
    });
    void this.mail.flush();
    return {
      id,
      status: result.status,
      waitlistPosition: result.position,
      manageToken: manage.token,
      manageUrl: this.links.manageUrl(manage.token),
      calendarUrl: this.links.calendarUrl(calendar.token),
    };
  }

  async getByToken(token: string): Promise<RegistrationResponse> {
    const { registration, conference } = await this.findByToken(this.dataSource.manager, token);
    const position = registration.status === 'waitlisted' ? await this.waitlistPosition(this.dataSource.manager, registration) : null;
    return this.toResponse(this.dataSource.manager, registration, conference, position);
  }

  async updateByToken(token: string, body: UpdateRegistrationDto): Promise<RegistrationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const { registration } = await this.findByToken(manager, token);
      if (registration.status === 'cancelled') throw new UnprocessableEntityException('Anmälan är avbokad och kan inte ändras.');
      await manager.getRepository(Registration).update({ id: registration.id }, { ...body });
      await this.log(manager, registration.id, 'updated', { details: { fields: Object.keys(body) } });
    });
    return this.getByToken(token);
  }

  /** Cancels (idempotent) and, if a seat was freed, promotes the first on the waitlist in the same transaction. */
  async cancelByToken(token: string): Promise<{ status: 'cancelled' }> {
    const { registration } = await this.findByToken(this.dataSource.manager, token);
    await this.cancel(registration.id, null);
    return { status: 'cancelled' };
  }

  async cancel(registrationId: string, actorId: string | null, reason?: string): Promise<void> {
    await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const { conferenceId, email, status } = await manager.getRepository(Registration).findOneByOrFail({ id: registrationId });
      // A cancellation through the manage link is limited like the registration's mail; staff's is not.
      const mailed = actorId !== null || status === 'cancelled' || (await this.recipientLimit.allow(manager, email));
      // Lock order everywhere: recipient counter, conference row, then registrations. No deadlocks between cancels and registrations.
      const conference = await manager
        .getRepository(Conference)
        .findOneOrFail({ where: { id: conferenceId }, lock: { mode: 'pessimistic_write' } });
      const registration = await manager
        .getRepository(Registration)
        .createQueryBuilder('r')
        .addSelect('r.manageTokenHash')
        .where('r.id = :registrationId', { registrationId })
        .getOneOrFail();
      if (registration.status === 'cancelled') return;
      const wasConfirmed = registration.status === 'confirmed';
      await manager
        .getRepository(Registration)
        .update({ id: registration.id }, { status: 'cancelled', waitlistRank: null, cancelledAt: new Date() });
      await this.log(manager, registration.id, 'cancelled', { actorId, reason });
      await this.sessions.releaseAll(manager, registration.id);
      const mails: NewMail[] = mailed ? [registrationMail('cancelled', await this.mailContext(manager, registration, conference))] : [];
      if (wasConfirmed) {
        await manager.getRepository(Conference).decrement({ id: conference.id }, 'confirmedCount', 1);
        mails.push(...(await this.promoteWhileSeatsLeft(manager, conference.id)));
      }
      await this.mail.enqueue(manager, mails);
    });
    void this.mail.flush();
  }

  /** Fills free seats from the waitlist, first come first served. Caller holds the conference lock. */
  async promoteWhileSeatsLeft(manager: EntityManager, conferenceId: string): Promise<NewMail[]> {
    const conference = await manager.getRepository(Conference).findOneByOrFail({ id: conferenceId });
    const free = conference.capacity - conference.confirmedCount;
    if (free <= 0 || conference.status !== 'published') return [];
    const next = await manager
      .getRepository(Registration)
      .createQueryBuilder('r')
      .addSelect('r.manageTokenHash')
      .where(`r.conferenceId = :conferenceId AND r.status = 'waitlisted'`, { conferenceId })
      .orderBy('r.waitlistRank', 'ASC')
      .limit(free)
      .getMany();
    if (!next.length) return [];
    const now = new Date();
    await manager
      .getRepository(Registration)
      .createQueryBuilder()
      .update()
      .set({ status: 'confirmed', waitlistRank: null, promotedAt: now })
      .whereInIds(next.map((r) => r.id))
      .execute();
    await manager.getRepository(Conference).increment({ id: conferenceId }, 'confirmedCount', next.length);
    await manager
      .getRepository(RegistrationEvent)
      .insert(next.map((r) => ({ registrationId: r.id, kind: 'promoted' as const, details: {} })));
    const mails: NewMail[] = [];
    for (const r of next) mails.push(registrationMail('promoted', await this.mailContext(manager, r, conference)));
    return mails;
  }

  /** Personal data of one registration as JSON (GDPR access request). */
  async exportByToken(token: string): Promise<Record<string, unknown>> {
    const { registration, conference } = await this.findByToken(this.dataSource.manager, token);
    const events = await this.dataSource
      .getRepository(RegistrationEvent)
      .find({ where: { registrationId: registration.id }, order: { createdAt: 'ASC' } });
    const mails = await this.dataSource.query(
      `SELECT "to", subject, text, status, created_at FROM outbox_messages WHERE subject_ref = $1 ORDER BY created_at`,
      [`registration:${registration.id}`],
    );
    return {
      exportedAt: toStockholmIso(new Date()),
      registration: await this.toResponse(this.dataSource.manager, registration, conference, null),
      consentedAt: toStockholmIso(registration.consentedAt),
      history: events.map((e) => ({ kind: e.kind, at: toStockholmIso(e.createdAt), reason: e.reason })),
      emails: mails,
    };
  }

  /** Erases personal data: cancels (freeing the seat) and anonymises, keeping only what counts need. */
  async eraseByToken(token: string): Promise<void> {
    const { registration } = await this.findByToken(this.dataSource.manager, token);
    await this.cancel(registration.id, null);
    await this.dataSource.transaction(async (manager) => {
      await anonymise(manager, [registration.id]);
      await this.log(manager, registration.id, 'erased', {});
    });
  }

  async waitlistPosition(manager: EntityManager, registration: Registration): Promise<number> {
    const [{ position }] = await manager.query(
      `SELECT count(*)::int AS position FROM registrations WHERE conference_id = $1 AND status = 'waitlisted' AND waitlist_rank <= $2`,
      [registration.conferenceId, registration.waitlistRank],
    );
    return position;
  }

  async log(
    manager: EntityManager,
    registrationId: string,
    kind: RegistrationEventKind,
    extra: { actorId?: string | null; reason?: string; details?: EventDetails },
  ): Promise<void> {
    await manager.getRepository(RegistrationEvent).insert({
      registrationId,
      kind,
      actorId: extra.actorId ?? null,
      reason: extra.reason ?? null,
      details: extra.details ?? {},
    });
  }

  /** A seat if one is free, else a waitlist number; both only while registration is open. Locks the row. */
  private async takeSeat(manager: EntityManager, conference: Conference): Promise<{ confirmed: boolean; rank: string | null }> {
    const [seated] = await manager.query(
      `UPDATE conferences SET confirmed_count = confirmed_count + 1 WHERE id = $1 AND confirmed_count < capacity AND ${OPEN_FOR_REGISTRATION} RETURNING id`,
      [conference.id],
    );
    if (seated.length) return { confirmed: true, rank: null };
    const [queued] = await manager.query(
      `UPDATE conferences SET waitlist_seq = waitlist_seq + 1 WHERE id = $1 AND ${OPEN_FOR_REGISTRATION} RETURNING waitlist_seq::text AS rank`,
      [conference.id],
    );
    if (queued.length) return { confirmed: false, rank: queued[0].rank };
    // Closed or cancelled while this request waited for the lock: answer with the current reason.
    refuseWhenClosed(await manager.getRepository(Conference).findOneByOrFail({ id: conference.id }));
    throw new UnprocessableEntityException({
      message: 'Konferensen är inte öppen för anmälan.',
      errors: { conference: 'registrationClosed' },
    });
  }

  /** The unguarded read-then-write this project forbids: kept only so the race test can prove it bites. */
  private async takeSeatUnguarded(manager: EntityManager, conference: Conference): Promise<{ confirmed: boolean; rank: string | null }> {
    const [{ confirmed }] = await manager.query(
      `SELECT count(*)::int AS confirmed FROM registrations WHERE conference_id = $1 AND status = 'confirmed'`,
      [conference.id],
    );
    // Widen the gap between read and write a little, so the control overbooks even on a busy machine.
    await manager.query('SELECT pg_sleep(0.005)');
    if (confirmed < conference.capacity) return { confirmed: true, rank: null };
    const [{ rank }] = await manager.query(
      `SELECT (coalesce(max(waitlist_rank), 0) + 1)::text AS rank FROM registrations WHERE conference_id = $1`,
      [conference.id],
    );
    return { confirmed: false, rank };
  }

  private async knownOrganisation(manager: EntityManager, id: string): Promise<string> {
    if (!(await manager.getRepository(Organisation).existsBy({ id }))) {
      throw new UnprocessableEntityException({ message: 'Organisationen finns inte.', errors: { organisationId: 'unknown' } });
    }
    return id;
  }

  private async findByToken(manager: EntityManager, token: string): Promise<{ registration: Registration; conference: Conference }> {
    const hash = this.links.lookupHash(token);
    if (!hash) throw new NotFoundException('Anmälan finns inte.');
    const registration = await manager
      .getRepository(Registration)
      .createQueryBuilder('r')
      .addSelect('r.manageTokenHash')
      .innerJoinAndSelect('r.conference', 'c')
      .where('r.manageTokenHash = :hash', { hash })
      .andWhere('r.anonymisedAt IS NULL')
      .getOne();
    if (!registration?.conference) throw new NotFoundException('Anmälan finns inte.');
    return { registration, conference: registration.conference };
  }

  private async mailContext(manager: EntityManager, r: Registration, c: Conference): Promise<MailContext> {
    const manageToken = await this.links.manageToken(manager, r);
    return { ...this.mailContextOf(c, manageToken), to: r.email, language: r.language, firstName: r.firstName, registrationId: r.id };
  }

  private mailContextOf(c: Conference, manageToken?: string): Omit<MailContext, 'to' | 'language' | 'firstName' | 'registrationId'> {
    return {
      conferenceTitleSv: c.titleSv,
      conferenceTitleEn: c.titleEn,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      venue: c.venue,
      manageUrl: manageToken ? this.links.manageUrl(manageToken) : `${this.options.publicUrl}/konferenser/${c.id}`,
      calendar: {
        publicUrl: this.options.publicUrl,
        conference: feedConference(c),
      },
    };
  }

  private async toResponse(manager: EntityManager, r: Registration, c: Conference, position: number | null): Promise<RegistrationResponse> {
    const calendarToken = await this.links.calendarToken(manager, r);
    return {
      id: r.id,
      conferenceId: c.id,
      conferenceTitleSv: c.titleSv,
      conferenceTitleEn: c.titleEn,
      conferenceStartsAt: toStockholmIso(c.startsAt),
      conferenceEndsAt: toStockholmIso(c.endsAt),
      status: r.status,
      waitlistPosition: position,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      organisationName: r.organisationName,
      organisationType: r.organisationType,
      title: r.title,
      dietaryNeeds: r.dietaryNeeds,
      accessibilityNeeds: r.accessibilityNeeds,
      language: r.language,
      showOnAttendeeList: r.showOnAttendeeList,
      calendarUrl: this.links.calendarUrl(calendarToken),
      createdAt: toStockholmIso(r.createdAt),
      cancelledAt: r.cancelledAt ? toStockholmIso(r.cancelledAt) : null,
    };
  }
}

/** The same rule as isRegistrationOpen(), in SQL, evaluated on the locked row. */
const OPEN_FOR_REGISTRATION = `status = 'published' AND (registration_opens_at IS NULL OR registration_opens_at <= now())
  AND (registration_closes_at IS NULL OR now() < registration_closes_at) AND now() < ends_at`;

function alreadyRegistered(): ConflictException {
  return new ConflictException({ message: 'Den e-postadressen är redan anmäld till konferensen.', errors: { email: 'alreadyRegistered' } });
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

function refuseWhenClosed(conference: Conference): void {
  if (isRegistrationOpen(conference)) return;
  const now = new Date();
  const reason =
    conference.status === 'cancelled'
      ? 'Konferensen är inställd.'
      : conference.status !== 'published'
        ? 'Konferensen är inte öppen för anmälan.'
        : conference.registrationOpensAt && now < conference.registrationOpensAt
          ? `Anmälan öppnar ${toStockholmIso(conference.registrationOpensAt).slice(0, 16).replace('T', ' ')}.`
          : 'Anmälan har stängt.';
  throw new UnprocessableEntityException({ message: reason, errors: { conference: 'registrationClosed' } });
}

/** Replaces personal data with placeholders; status, organisation type and dates stay for statistics. */
export async function anonymise(manager: EntityManager, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await manager.query(
    `UPDATE registrations SET first_name = '–', last_name = '–', email = 'anonymiserad+' || id || '@invalid',
            organisation_name = '–', organisation_id = NULL, title = NULL, dietary_needs = NULL, accessibility_needs = NULL,
            show_on_attendee_list = false, anonymised_at = now(),
            manage_token_hash = md5(random()::text || id::text), calendar_token_hash = md5(random()::text || id::text)
      WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await manager.query(`DELETE FROM outbox_messages WHERE subject_ref = ANY($1::text[])`, [ids.map((id) => `registration:${id}`)]);
}
