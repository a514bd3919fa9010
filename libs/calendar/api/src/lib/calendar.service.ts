import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { DataSource } from 'typeorm';
import { Registration } from '@samverkan/registrations/api';

export const CALENDAR_OPTIONS = Symbol('CALENDAR_OPTIONS');
export interface CalendarOptions {
  publicUrl: string;
}

export interface CalendarFeed {
  body: string;
  etag: string;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Personal calendar feed of a registration: the conference, marked tentative while waitlisted and
 * cancelled once the registration is cancelled, so subscribed calendars follow along.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CALENDAR_OPTIONS) private readonly options: CalendarOptions,
  ) {}

  async registrationFeed(token: string): Promise<CalendarFeed> {
    const registration = TOKEN_PATTERN.test(token)
      ? await this.dataSource
          .getRepository(Registration)
          .createQueryBuilder('r')
          .innerJoinAndSelect('r.conference', 'c')
          .where('r.calendarToken = :token AND r.anonymisedAt IS NULL', { token })
          .getOne()
      : null;
    const conference = registration?.conference;
    if (!registration || !conference || conference.status === 'draft') throw new NotFoundException('Kalendern finns inte.');

    const title = registration.language === 'en' ? (conference.titleEn ?? conference.titleSv) : conference.titleSv;
    const calendar = ical({
      name: title,
      ttl: 3600,
      prodId: { company: 'Svenska Industrikommuner', product: 'Samverkan', language: registration.language.toUpperCase() },
    });
    const cancelled = registration.status === 'cancelled' || conference.status === 'cancelled';
    const lastModified = new Date(Math.max(conference.updatedAt.getTime(), registration.updatedAt.getTime()));
    calendar.createEvent({
      id: `conference-${conference.id}@samverkan`,
      start: conference.startsAt,
      end: conference.endsAt,
      summary: title,
      description:
        registration.language === 'en' ? (conference.descriptionEn ?? conference.descriptionSv ?? '') : (conference.descriptionSv ?? ''),
      location: [conference.venue, conference.address].filter(Boolean).join(', ') || null,
      url: `${this.options.publicUrl}/konferenser/${conference.id}`,
      status: cancelled
        ? ICalEventStatus.CANCELLED
        : registration.status === 'waitlisted'
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
      // SEQUENCE grows with every change a calendar client must notice.
      sequence: Math.floor(lastModified.getTime() / 1000) - Math.floor(conference.createdAt.getTime() / 1000),
      lastModified,
      stamp: lastModified,
    });
    const body = calendar.toString();
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  }
}
