import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Conference, ConferenceEvents, withSeatsTaken } from '@samverkan/conferences/api';
import { MailService, type NewMail } from '@samverkan/shared/api-mail';
import { registrationMail } from './mails';
import { Registration, RegistrationEvent } from './registration.entity';
import { RegistrationMailContexts } from './registration-mail-context';
import { CheckInCodes } from './check-in-codes';
import { seatsInOrder } from './seats';

/** The waitlist: free seats go to those waiting, first come first served, in the transaction that frees them. */
@Injectable()
export class WaitlistService implements OnModuleInit {
  constructor(
    private readonly mail: MailService,
    private readonly conferenceEvents: ConferenceEvents,
    private readonly mailContexts: RegistrationMailContexts,
    private readonly checkInCodes: CheckInCodes,
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
   * Fills free seats from the waitlist, lowest rank first, each promoted person given a free seat row.
   * The caller holds the seat lock exclusively (lockSeats): every rank drawn before has committed.
   */
  async promoteWhileSeatsLeft(manager: EntityManager, conferenceId: string): Promise<NewMail[]> {
    const conference = await withSeatsTaken(manager.getRepository(Conference).createQueryBuilder('c'))
      .where('c.id = :conferenceId', { conferenceId })
      .getOneOrFail();
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
    await seatsInOrder(
      manager,
      conferenceId,
      next.map((r) => r.id),
      { whileOpen: false },
    );
    await manager
      .getRepository(RegistrationEvent)
      .insert(next.map((r) => ({ registrationId: r.id, kind: 'promoted' as const, details: {} })));
    const codes = await this.checkInCodes.codes(
      manager,
      next.map((r) => r.id),
    );
    const mails: NewMail[] = [];
    for (const r of next) {
      const context = await this.mailContexts.of(manager, r, conference);
      context.checkIn = { code: codes.get(r.id) as string };
      mails.push(registrationMail('promoted', context));
    }
    return mails;
  }
}
