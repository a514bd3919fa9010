import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { Organisation } from '@samverkan/identity/api';
import { MailService, RecipientLimit, type NarrowerLimit } from '@samverkan/shared/api-mail';
import type { RegistrationCreatedResponse } from '@samverkan/registrations/contract';
import { conflict, notFound, refused } from '@samverkan/shared/api-http';
import type { CreateRegistrationDto } from './dto/registration.dto';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';
import { registrationRefusal, type Refusal } from './registration-rules';
import { readForRegistration } from './registration-reads';
import { RegistrationWriter } from './registration-writer';
import { takeSeat, takeSeats, takeSeatUnguarded, type Seat } from './seats';
import { RegistrationAnswers } from './questions/registration-answers';
import { RegistrationFees } from './fees/registration-fees';

/** Registering for a conference: the seat guard (docs/adr/0004-capacity-guard.md). */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly recipientLimit: RecipientLimit,
    private readonly writer: RegistrationWriter,
    @Inject(REGISTRATION_OPTIONS) private readonly options: RegistrationOptions,
    private readonly answers: RegistrationAnswers,
    private readonly fees: RegistrationFees,
  ) {}

  /**
   * One transaction, with the locks taken late: organisation, duplicates and the conference are checked
   * first without locks; then a seat row is claimed (or a waitlist rank drawn) only while the conference
   * is open (seats.ts, ADR 0009); then one statement writes the registration, its history and its mail.
   * A conference has as many seat rows as its capacity: the last guard. Safe across any number of API
   * processes, and registrations to one conference no longer wait for each other's commits.
   * Needs (health data) are kept only with the person's consent.
   */
  async register(conferenceId: string, body: CreateRegistrationDto): Promise<RegistrationCreatedResponse> {
    const prepared = await this.writer.prepare(body);
    // PostgreSQL's default isolation (READ COMMITTED): naming it would cost a SET TRANSACTION round trip.
    const result = await this.dataSource.transaction(async (manager) => {
      const organisationId = body.organisationId ?? null;
      // One statement for every check before the seat, decided in the usual order: organisation, the
      // duplicate (for a friendly 409; the partial unique index settles races), the conference, answers, fee.
      const read = await readForRegistration(manager, conferenceId, {
        emails: [body.email],
        organisationId,
        organisationType: body.organisationType,
      });
      if (!read.organisationKnown) throw unknownOrganisation();
      if (read.taken.length) throw alreadyRegistered();
      const conference = takingRegistrations(read.conference);
      const answers = this.answers.check(read.questions, body.answers);
      const fee = this.fees.decision(read.fee, body.invoice);
      // Whoever registers need not own the address: its mails are limited, with one confirmation per
      // conference and window (a cancel-and-register loop). Counted before the seat is taken, so the
      // seat is held no longer (lock order everywhere: recipient counter, then the conference's seats).
      const mailed = await this.recipientLimit.allow(manager, body.email, confirmationLimit(conferenceId));
      // Rendered before the seat too: while the seat is held only the inserts run.
      const mails = this.writer.mails(conference, prepared);
      const seat = await this.seat(manager, conference, prepared.id);
      const organisation = { id: organisationId, name: body.organisationName, type: body.organisationType };
      const written = await this.writer.write(manager, { conference, seat, organisation, prepared, mails, mailed }, alreadyRegistered);
      await this.answers.write(manager, prepared.id, answers);
      await this.fees.attach(manager, prepared.id, fee);
      return { written, mailed };
    });
    void this.mail.flush();
    return this.writer.created(prepared, result.written, result.mailed);
  }

  /** A seat or a waitlist number (seats.ts); the race test's negative control takes it unguarded. */
  async seat(manager: EntityManager, conference: Conference, registrationId: string): Promise<Seat> {
    const seat = this.options.unsafeSkipCapacityGuard
      ? await takeSeatUnguarded(manager, conference)
      : await takeSeat(manager, conference, registrationId);
    return seat ?? (await this.closedMeanwhile(manager, conference));
  }

  /** A group's seats, in list order (seats.ts); unguarded one by one for the negative control. */
  async seats(manager: EntityManager, conference: Conference, registrationIds: string[]): Promise<Seat[]> {
    if (this.options.unsafeSkipCapacityGuard) {
      const seats: Seat[] = [];
      while (seats.length < registrationIds.length) seats.push(await takeSeatUnguarded(manager, conference));
      return seats;
    }
    return (await takeSeats(manager, conference, registrationIds)) ?? (await this.closedMeanwhile(manager, conference));
  }

  /** Closed or cancelled since it was read: answer with the current reason. */
  private async closedMeanwhile(manager: EntityManager, conference: Conference): Promise<never> {
    throw closed(registrationRefusal(await manager.getRepository(Conference).findOneByOrFail({ id: conference.id })));
  }
}

/** The narrower mail limit of a confirmation: one per address, conference and window. */
export function confirmationLimit(conferenceId: string): NarrowerLimit[] {
  return [{ scope: `confirmation:${conferenceId}`, limit: 1 }];
}

/** The conference when it takes registrations; else 404 (none) or 422 with the reason. */
export function takingRegistrations(conference: Conference | null): Conference {
  if (!conference) throw notFound('conferences.not-found');
  const refusal = registrationRefusal(conference);
  if (refusal) throw closed(refusal);
  return conference;
}

export function unknownOrganisation() {
  return refused('registrations.unknown-organisation', { errors: { organisationId: 'unknown' } });
}

/** The conference takes no registration (422), for the reason given (none: it is not open). */
function closed(refusal: Refusal | null) {
  const { code, params } = refusal ?? { code: 'conferences.registration-not-open' as const };
  return refused(code, { params, errors: { conference: 'registrationClosed' } });
}

function alreadyRegistered() {
  return conflict('registrations.duplicate', { errors: { email: 'alreadyRegistered' } });
}
