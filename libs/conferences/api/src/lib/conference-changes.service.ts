import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { resolveCurrentFocusAreas } from '@samverkan/strategy/api';
import { notFound, refused } from '@samverkan/shared/api-http';
import { Conference, withSeatsTaken } from './conference.entity';
import { lockSeats } from './seat-lock';
import { ConferenceEvents } from './conference-events';
import { dateErrors, statusChangeRefusal } from './conference-rules';
import { ConferencesService } from './conferences.service';
import { pickConferenceSlug } from './conference-slugs';
import type { CreateConferenceDto, UpdateConferenceDto } from './dto/conference.dto';

/** Creating and changing conferences (staff). Each change answers with the conference as staff see it. */
@Injectable()
export class ConferenceChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ConferenceEvents,
    private readonly conferences: ConferencesService,
  ) {}

  async create(body: CreateConferenceDto): Promise<ConferenceResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const conference = manager.getRepository(Conference).create({
        ...fieldsOf(body),
        status: 'draft',
        focusAreas: await resolveCurrentFocusAreas(manager, body.focusAreaCodes),
      });
      refuseUnfittingDates(conference);
      conference.slug = await pickConferenceSlug(manager, conference.titleSv, conference.startsAt);
      return (await manager.getRepository(Conference).save(conference)).id;
    });
    return this.conferences.getForStaff(this.dataSource.manager, id);
  }

  /** Capacity never drops below the confirmed seats; raising it promotes from the waiting list in the same transaction. */
  async update(id: string, body: UpdateConferenceDto): Promise<ConferenceResponse> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Conference);
      // The seat lock first (claims in flight commit before the capacity changes; seat-lock.ts), then the row.
      await lockSeats(manager, id, 'exclusive');
      const conference = await withSeatsTaken(repo.createQueryBuilder('c')).where('c.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!conference) throw notFound('conferences.not-found');
      if (conference.status === 'archived') throw refused('conferences.archived');
      const capacityChanged = body.capacity !== undefined && body.capacity !== conference.capacity;
      if (body.capacity !== undefined && body.capacity < conference.confirmedCount) {
        throw refused('conferences.capacity-below-confirmed', {
          params: { confirmed: conference.confirmedCount },
          errors: { capacity: 'belowConfirmed' },
        });
      }
      Object.assign(conference, fieldsOf(body));
      refuseUnfittingDates(conference);
      // A draft's address follows its title and year; a published one keeps the address people have shared.
      if (conference.status === 'draft') conference.slug = await pickConferenceSlug(manager, conference.titleSv, conference.startsAt, id);
      await repo.save(conference);
      if (body.focusAreaCodes) {
        conference.focusAreas = await resolveCurrentFocusAreas(manager, body.focusAreaCodes);
        await repo.save(conference);
      }
      if (capacityChanged) await this.events.capacityChanged(manager, conference);
    });
    return this.conferences.getForStaff(this.dataSource.manager, id);
  }

  /** A draft becomes published (publishing a published conference again changes nothing). */
  async publish(id: string): Promise<ConferenceResponse> {
    await this.dataSource.transaction(async (manager) => {
      const conference = await manager.getRepository(Conference).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!conference) throw notFound('conferences.not-found');
      if (conference.status === 'published') return;
      if (conference.status !== 'draft') throw refused('conferences.publish-only-draft');
      await manager.getRepository(Conference).update({ id }, { status: 'published', publishedAt: new Date() });
    });
    return this.conferences.getForStaff(this.dataSource.manager, id);
  }

  async changeStatus(id: string, status: 'cancelled' | 'archived'): Promise<ConferenceResponse> {
    await this.dataSource.transaction(async (manager) => {
      // Claims in flight commit before registration closes; later ones see the new status.
      await lockSeats(manager, id, 'exclusive');
      const conference = await manager.getRepository(Conference).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!conference) throw notFound('conferences.not-found');
      const refusal = statusChangeRefusal(conference.status, status);
      if (refusal) throw refused(refusal);
      await manager.getRepository(Conference).update({ id }, { status });
    });
    return this.conferences.getForStaff(this.dataSource.manager, id);
  }
}

function refuseUnfittingDates(conference: Conference): void {
  const errors = dateErrors(conference);
  if (Object.keys(errors).length) throw refused('conferences.dates-inconsistent', { errors });
}

/** The entity's fields from a request: times as dates, focus areas left to the caller. */
function fieldsOf(body: UpdateConferenceDto): Partial<Conference> {
  const { focusAreaCodes: _codes, startsAt, endsAt, registrationOpensAt, registrationClosesAt, ...rest } = body;
  void _codes;
  const fields: Partial<Conference> = { ...rest };
  if (startsAt !== undefined) fields.startsAt = new Date(startsAt);
  if (endsAt !== undefined) fields.endsAt = new Date(endsAt);
  if (registrationOpensAt !== undefined) fields.registrationOpensAt = registrationOpensAt === null ? null : new Date(registrationOpensAt);
  if (registrationClosesAt !== undefined)
    fields.registrationClosesAt = registrationClosesAt === null ? null : new Date(registrationClosesAt);
  return fields;
}
