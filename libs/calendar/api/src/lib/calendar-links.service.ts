import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LinkTokens, type AuthenticatedUser } from '@samverkan/identity/api';
import { RegistrationLinks } from '@samverkan/registrations/api';
import { notFound } from '@samverkan/shared/api-http';
import { CALENDAR_OPTIONS, type CalendarOptions } from './calendar-options';
import { CalendarToken } from './calendar-token.entity';

/** Personal subscription links: made on first use, and rotated so that the old link stops working. */
@Injectable()
export class CalendarLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CALENDAR_OPTIONS) private readonly options: CalendarOptions,
    private readonly links: LinkTokens,
    private readonly registrationLinks: RegistrationLinks,
  ) {}

  /** A new calendar link for a registration (by its manage token). */
  async rotateRegistrationLink(manageToken: string): Promise<string> {
    const url = await this.dataSource.transaction((manager) => this.registrationLinks.rotateCalendar(manager, manageToken));
    if (!url) throw notFound('calendar.registration-not-found');
    return url;
  }

  /**
   * The meeting-feed link of someone who manages meetings (only its hash is stored, see LinkTokens).
   * Rotating issues the next version.
   */
  async meetingsLink(user: AuthenticatedUser, rotate = false): Promise<string> {
    const token = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CalendarToken);
      const existing = await repository.findOne({ where: { userId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (existing && !rotate) {
        const { token, reissued } = this.links.current('meeting-calendar', user.id, {
          version: existing.version,
          hash: existing.tokenHash,
        });
        if (reissued) await repository.update({ userId: user.id }, { version: reissued.version, tokenHash: reissued.hash });
        return token;
      }
      const next = this.links.issue('meeting-calendar', user.id, (existing?.version ?? 0) + 1);
      await repository.upsert({ userId: user.id, version: next.version, tokenHash: next.hash }, ['userId']);
      return next.token;
    });
    return `${this.options.publicUrl}/api/calendar/meetings/${token}.ics`;
  }
}
