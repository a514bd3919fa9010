import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Conference } from '@samverkan/conferences/api';
import type { RegistrationResponse } from '@samverkan/registrations/contract';
import { notFound } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { Registration, RegistrationEvent } from './registration.entity';
import { RegistrationLinks } from './registration-links';
import { CheckInCodes } from './check-in-codes';
import { RegistrationAnswers } from './questions/registration-answers';

/** What a person reads through their manage link: the registration, and everything stored about it. */
@Injectable()
export class RegistrationQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: RegistrationLinks,
    private readonly checkInCodes: CheckInCodes,
    private readonly answers: RegistrationAnswers,
  ) {}

  async getByToken(token: string): Promise<RegistrationResponse> {
    const manager = this.dataSource.manager;
    const { registration, conference } = await this.findByToken(manager, token);
    const position = registration.status === 'waitlisted' ? await this.waitlistPosition(manager, registration) : null;
    return this.toResponse(manager, registration, conference, position);
  }

  /** Personal data of one registration as JSON (GDPR access request). */
  async exportByToken(token: string): Promise<Record<string, unknown>> {
    const manager = this.dataSource.manager;
    const { registration, conference } = await this.findByToken(manager, token);
    const events = await manager
      .getRepository(RegistrationEvent)
      .find({ where: { registrationId: registration.id }, order: { createdAt: 'ASC' } });
    const mails = await manager.query(
      `SELECT "to", subject, text, status, created_at FROM outbox_messages WHERE subject_ref = $1 ORDER BY created_at`,
      [`registration:${registration.id}`],
    );
    return {
      exportedAt: toStockholmIso(new Date()),
      registration: await this.toResponse(manager, registration, conference, null),
      consentedAt: toStockholmIso(registration.consentedAt),
      healthDataConsentAt: registration.healthDataConsentAt ? toStockholmIso(registration.healthDataConsentAt) : null,
      history: events.map((e) => ({ kind: e.kind, at: toStockholmIso(e.createdAt), reason: e.reason })),
      emails: mails,
    };
  }

  /**
   * The registration a manage token opens, with its conference; 404 for an unknown or erased one.
   * `lock` takes the registration's row (and only it) for the rest of the transaction.
   */
  async findByToken(manager: EntityManager, token: string, lock = false): Promise<{ registration: Registration; conference: Conference }> {
    const hash = this.links.lookupHash(token);
    if (!hash) throw notFound('registrations.not-found');
    const qb = manager
      .getRepository(Registration)
      .createQueryBuilder('r')
      .addSelect('r.manageTokenHash')
      .innerJoinAndSelect('r.conference', 'c')
      .where('r.manageTokenHash = :hash', { hash })
      .andWhere('r.anonymisedAt IS NULL');
    if (lock) qb.setLock('pessimistic_write', undefined, ['r']);
    const registration = await qb.getOne();
    if (!registration?.conference) throw notFound('registrations.not-found');
    return { registration, conference: registration.conference };
  }

  async waitlistPosition(manager: EntityManager, registration: Registration): Promise<number> {
    const [{ position }] = await manager.query(
      `SELECT count(*)::int AS position FROM registrations WHERE conference_id = $1 AND status = 'waitlisted' AND waitlist_rank <= $2`,
      [registration.conferenceId, registration.waitlistRank],
    );
    return position;
  }

  private async toResponse(manager: EntityManager, r: Registration, c: Conference, position: number | null): Promise<RegistrationResponse> {
    const calendarToken = await this.links.calendarToken(manager, r);
    const checkInCode = r.status === 'confirmed' ? await this.checkInCodes.code(manager, r.id) : null;
    const answers = (await this.answers.views(manager, c.id, [r.id])).get(r.id) ?? [];
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
      healthDataConsent: r.healthDataConsentAt !== null,
      dietaryNeeds: r.dietaryNeeds,
      accessibilityNeeds: r.accessibilityNeeds,
      language: r.language,
      showOnAttendeeList: r.showOnAttendeeList,
      calendarUrl: this.links.calendarUrl(calendarToken),
      checkInCode,
      createdAt: toStockholmIso(r.createdAt),
      cancelledAt: r.cancelledAt ? toStockholmIso(r.cancelledAt) : null,
      checkedInAt: r.checkedInAt ? toStockholmIso(r.checkedInAt) : null,
      answers,
    };
  }
}
