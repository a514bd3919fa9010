import { ConflictException, Inject, Injectable, NotFoundException, OnModuleInit, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Conference, ConferenceEvents, isRegistrationOpen } from '@samverkan/conferences/api';
import { Organisation } from '@samverkan/identity/api';
import { MailService, type NewMail } from '@samverkan/shared/api-mail';
import type { RegistrationCreatedResponse, RegistrationResponse } from '@samverkan/registrations/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { CreateRegistrationDto, UpdateRegistrationDto } from './dto/registration.dto';
import { registrationMail, type MailContext } from './mails';
import { Registration, RegistrationEvent, type EventDetails, type RegistrationEventKind } from './registration.entity';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 256 random bits, URL-safe. */
function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

@Injectable()
export class RegistrationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly conferenceEvents: ConferenceEvents,
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
   * One transaction: everything that can be prepared is done first, then the conference row is locked
   * (late), and status, window, duplicates and seats are checked after locking. The seat counter update
   * and the CHECK (confirmed_count <= capacity) make overbooking impossible across processes.
   */
  async register(conferenceId: string, body: CreateRegistrationDto): Promise<RegistrationCreatedResponse> {
    const manageToken = newToken();
    const calendarToken = randomBytes(24).toString('base64url');
    const result = await this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const organisationId = body.organisationId ? await this.knownOrganisation(manager, body.organisationId) : null;
      // Checked before the lock for a friendly answer; the partial unique index settles races.
      const duplicate = await manager
        .getRepository(Registration)
        .createQueryBuilder('r')
        .where(`r.conferenceId = :conferenceId AND r.email = :email AND r.status <> 'cancelled'`, { conferenceId, email: body.email })
        .getExists();
      if (duplicate) throw alreadyRegistered();

      const conference = this.options.unsafeSkipCapacityGuard
        ? await manager.getRepository(Conference).findOneBy({ id: conferenceId })
        : await manager.getRepository(Conference).findOne({ where: { id: conferenceId }, lock: { mode: 'pessimistic_write' } });
      if (!conference) throw new NotFoundException('Konferensen finns inte.');
      refuseWhenClosed(conference);

      const seat = await this.takeSeat(manager, conference);
      const registration = await insertOrConflict(() => manager.getRepository(Registration).save(
        manager.getRepository(Registration).create({
          conferenceId,
          status: seat.confirmed ? 'confirmed' : 'waitlisted',
          waitlistRank: seat.confirmed ? null : seat.rank,
          firstName: body.firstName,
          lastName: body.lastName,
          email: body.email,
          organisationId,
          organisationName: body.organisationName,
          organisationType: body.organisationType,
          title: body.title ?? null,
          dietaryNeeds: body.dietaryNeeds ?? null,
          accessibilityNeeds: body.accessibilityNeeds ?? null,
          language: body.language ?? 'sv',
          consentedAt: new Date(),
          showOnAttendeeList: body.showOnAttendeeList ?? false,
          manageTokenHash: hashToken(manageToken),
          calendarToken,
        }),
      ));
      const position = seat.confirmed ? null : await this.waitlistPosition(manager, registration);
      await this.log(manager, registration.id, 'created', { details: { status: registration.status, position } });
      await this.mail.enqueue(manager, [
        registrationMail(seat.confirmed ? 'confirmed' : 'waitlisted', this.mailContext(registration, conference, manageToken), position ?? undefined),
      ]);
      return { registration, position };
    });
    void this.mail.flush();
    return {
      id: result.registration.id,
      status: result.registration.status as 'confirmed' | 'waitlisted',
      waitlistPosition: result.position,
      manageToken,
      manageUrl: this.manageUrl(manageToken),
      calendarUrl: this.calendarUrl(calendarToken),
    };
  }

  async getByToken(token: string): Promise<RegistrationResponse> {
    const { registration, conference } = await this.findByToken(this.dataSource.manager, token);
    const position = registration.status === 'waitlisted' ? await this.waitlistPosition(this.dataSource.manager, registration) : null;
    return this.toResponse(registration, conference, position);
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
      const conferenceId = (await manager.getRepository(Registration).findOneByOrFail({ id: registrationId })).conferenceId;
      // Lock order everywhere: conference row first, then registrations. No deadlocks between cancels and registrations.
      const conference = await manager.getRepository(Conference).findOneOrFail({ where: { id: conferenceId }, lock: { mode: 'pessimistic_write' } });
      const registration = await manager.getRepository(Registration).findOneByOrFail({ id: registrationId });
      if (registration.status === 'cancelled') return;
      const wasConfirmed = registration.status === 'confirmed';
      await manager.getRepository(Registration).update({ id: registration.id }, { status: 'cancelled', waitlistRank: null, cancelledAt: new Date() });
      await this.log(manager, registration.id, 'cancelled', { actorId, reason });
      const mails: NewMail[] = [registrationMail('cancelled', this.mailContext(registration, conference))];
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
    await manager.getRepository(RegistrationEvent).insert(next.map((r) => ({ registrationId: r.id, kind: 'promoted' as const, details: {} })));
    // The manage link is not stored (only its hash), so promotion mails point to the conference page.
    return next.map((r) => registrationMail('promoted', this.mailContext(r, conference)));
  }

  /** Personal data of one registration as JSON (GDPR access request). */
  async exportByToken(token: string): Promise<Record<string, unknown>> {
    const { registration, conference } = await this.findByToken(this.dataSource.manager, token);
    const events = await this.dataSource.getRepository(RegistrationEvent).find({ where: { registrationId: registration.id }, order: { createdAt: 'ASC' } });
    const mails = await this.dataSource.query(`SELECT "to", subject, text, status, created_at FROM outbox_messages WHERE subject_ref = $1 ORDER BY created_at`, [
      `registration:${registration.id}`,
    ]);
    return {
      exportedAt: toStockholmIso(new Date()),
      registration: this.toResponse(registration, conference, null),
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

  manageUrl(token: string): string {
    return `${this.options.publicUrl}/anmalan/${token}`;
  }

  calendarUrl(calendarToken: string): string {
    return `${this.options.publicUrl}/api/calendar/registrations/${calendarToken}.ics`;
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

  private async takeSeat(manager: EntityManager, conference: Conference): Promise<{ confirmed: boolean; rank: string | null }> {
    if (this.options.unsafeSkipCapacityGuard) {
      // The unguarded read-then-write this project forbids: kept only so the race test can prove it bites.
      const [{ confirmed }] = await manager.query(`SELECT count(*)::int AS confirmed FROM registrations WHERE conference_id = $1 AND status = 'confirmed'`, [conference.id]);
      if (confirmed < conference.capacity) return { confirmed: true, rank: null };
      const [{ rank }] = await manager.query(`SELECT (coalesce(max(waitlist_rank), 0) + 1)::text AS rank FROM registrations WHERE conference_id = $1`, [conference.id]);
      return { confirmed: false, rank };
    }
    if (conference.confirmedCount < conference.capacity) {
      await manager.getRepository(Conference).increment({ id: conference.id }, 'confirmedCount', 1);
      return { confirmed: true, rank: null };
    }
    const result = await manager
      .createQueryBuilder()
      .update(Conference)
      .set({ waitlistSeq: () => 'waitlist_seq + 1' })
      .where('id = :id', { id: conference.id })
      .returning('waitlist_seq')
      .execute();
    return { confirmed: false, rank: String((result.raw as { waitlist_seq: string }[])[0].waitlist_seq) };
  }

  private async knownOrganisation(manager: EntityManager, id: string): Promise<string> {
    if (!(await manager.getRepository(Organisation).existsBy({ id }))) {
      throw new UnprocessableEntityException({ message: 'Organisationen finns inte.', errors: { organisationId: 'unknown' } });
    }
    return id;
  }

  private async findByToken(manager: EntityManager, token: string): Promise<{ registration: Registration; conference: Conference }> {
    if (!TOKEN_PATTERN.test(token)) throw new NotFoundException('Anmälan finns inte.');
    const registration = await manager
      .getRepository(Registration)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.conference', 'c')
      .where('r.manageTokenHash = :hash', { hash: hashToken(token) })
      .andWhere('r.anonymisedAt IS NULL')
      .getOne();
    if (!registration?.conference) throw new NotFoundException('Anmälan finns inte.');
    return { registration, conference: registration.conference };
  }

  private mailContext(r: Registration, c: Conference, manageToken?: string): MailContext {
    return {
      to: r.email,
      language: r.language,
      firstName: r.firstName,
      conferenceTitleSv: c.titleSv,
      conferenceTitleEn: c.titleEn,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      venue: c.venue,
      manageUrl: manageToken ? this.manageUrl(manageToken) : `${this.options.publicUrl}/konferenser/${c.id}`,
      registrationId: r.id,
    };
  }

  private toResponse(r: Registration, c: Conference, position: number | null): RegistrationResponse {
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
      calendarUrl: this.calendarUrl(r.calendarToken),
      createdAt: toStockholmIso(r.createdAt),
      cancelledAt: r.cancelledAt ? toStockholmIso(r.cancelledAt) : null,
    };
  }
}

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
            show_on_attendee_list = false, anonymised_at = now(), calendar_token = md5(random()::text || id::text)
      WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await manager.query(`DELETE FROM outbox_messages WHERE subject_ref = ANY($1::text[])`, [ids.map((id) => `registration:${id}`)]);
}
