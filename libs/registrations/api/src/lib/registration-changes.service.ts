import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Conference, lockSeats } from '@samverkan/conferences/api';
import { MailService, RecipientLimit, type NewMail } from '@samverkan/shared/api-mail';
import type { RegistrationResponse } from '@samverkan/registrations/contract';
import { badRequest, refused } from '@samverkan/shared/api-http';
import type { UpdateRegistrationDto } from './dto/registration.dto';
import { registrationMail } from './mails';
import { Registration } from './registration.entity';
import { anonymise, logRegistrationEvent } from './registration-history';
import { RegistrationMailContexts } from './registration-mail-context';
import { RegistrationQueries } from './registration-queries.service';
import { decideHealthData, registrationRefusal } from './registration-rules';
import { RegistrationAnswers } from './questions/registration-answers';
import { SessionsService } from './sessions.service';
import { WaitlistService } from './waitlist.service';

/** What a person (through the manage link) and staff change on a registration after it is made. */
@Injectable()
export class RegistrationChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: RegistrationQueries,
    private readonly mail: MailService,
    private readonly mailContexts: RegistrationMailContexts,
    private readonly recipientLimit: RecipientLimit,
    private readonly sessions: SessionsService,
    private readonly waitlist: WaitlistService,
    private readonly answers: RegistrationAnswers,
  ) {}

  /**
   * A cancelled registration stays as it is. Needs are kept only while the person consents; withdrawing
   * the consent empties them in the same transaction. The registration's row is locked, so a withdrawal
   * and a change of needs never pass each other.
   */
  async updateByToken(token: string, body: UpdateRegistrationDto): Promise<RegistrationResponse> {
    await this.dataSource.transaction(async (manager) => {
      const { registration, conference } = await this.queries.findByToken(manager, token, true);
      if (registration.status === 'cancelled') throw refused('registrations.cancelled');
      if (body.answers !== undefined) {
        // Answers change only while the conference takes registrations.
        if (registrationRefusal(conference)) throw refused('registration-questions.answers-closed', { errors: { answers: 'closed' } });
        await this.answers.save(manager, conference.id, registration.id, body.answers);
      }
      const health = decideHealthData(body, registration.healthDataConsentAt !== null);
      if ('refused' in health) throw badRequest('registrations.health-data-without-consent', { errors: health.refused });
      const { healthDataConsent: _consent, dietaryNeeds: _dietary, accessibilityNeeds: _accessibility, answers: _answers, ...other } = body;
      void [_consent, _dietary, _accessibility, _answers];
      const patch = { ...other, ...health.patch };
      if (Object.keys(patch).length) await manager.getRepository(Registration).update({ id: registration.id }, patch);
      await logRegistrationEvent(manager, registration.id, 'updated', { details: { fields: Object.keys(body) } });
    });
    return this.queries.getByToken(token);
  }

  /** Cancels (idempotent) and, if a seat was freed, promotes the first on the waitlist in the same transaction. */
  async cancelByToken(token: string): Promise<{ status: 'cancelled' }> {
    const { registration } = await this.queries.findByToken(this.dataSource.manager, token);
    await this.cancel(registration.id, null);
    return { status: 'cancelled' };
  }

  async cancel(registrationId: string, actorId: string | null, reason?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { conferenceId, email, status } = await manager.getRepository(Registration).findOneByOrFail({ id: registrationId });
      // A cancellation through the manage link is limited like the registration's mail; staff's is not.
      const mailed = actorId !== null || status === 'cancelled' || (await this.recipientLimit.allow(manager, email));
      // Lock order everywhere: recipient counter, the conference's seats, then registrations and seat rows.
      // Held exclusively: registrations in flight commit first, so the promotion sees every rank.
      await lockSeats(manager, conferenceId, 'exclusive');
      const conference = await manager.getRepository(Conference).findOneByOrFail({ id: conferenceId });
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
      await logRegistrationEvent(manager, registration.id, 'cancelled', { actorId, reason });
      await this.sessions.releaseAll(manager, registration.id);
      const mails: NewMail[] = mailed ? [registrationMail('cancelled', await this.mailContexts.of(manager, registration, conference))] : [];
      if (wasConfirmed) {
        await manager.query(`UPDATE conference_seats SET registration_id = NULL WHERE registration_id = $1`, [registration.id]);
        mails.push(...(await this.waitlist.promoteWhileSeatsLeft(manager, conference.id)));
      }
      await this.mail.enqueue(manager, mails);
    });
    void this.mail.flush();
  }

  /** Erases personal data: cancels (freeing the seat) and anonymises, keeping only what counts need. */
  async eraseByToken(token: string): Promise<void> {
    const { registration } = await this.queries.findByToken(this.dataSource.manager, token);
    await this.cancel(registration.id, null);
    await this.dataSource.transaction(async (manager) => {
      await anonymise(manager, [registration.id]);
      await logRegistrationEvent(manager, registration.id, 'erased');
    });
  }
}
