import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { feedConference } from '@samverkan/agenda/api';
import type { Conference } from '@samverkan/conferences/api';
import type { MailContext } from './mails';
import type { Registration } from './registration.entity';
import { REGISTRATION_OPTIONS, type RegistrationOptions } from './registration-options';
import { RegistrationLinks } from './registration-links';

type Recipient = Pick<MailContext, 'to' | 'language' | 'firstName' | 'registrationId'>;

/** What a registration's mails say about the person, the conference and the manage link. */
@Injectable()
export class RegistrationMailContexts {
  constructor(
    private readonly links: RegistrationLinks,
    @Inject(REGISTRATION_OPTIONS) private readonly options: RegistrationOptions,
  ) {}

  /** For a stored registration: its manage link is made again (or issued anew) from what is stored. */
  async of(manager: EntityManager, r: Registration, c: Conference): Promise<MailContext> {
    const manageToken = await this.links.manageToken(manager, r);
    return this.with(c, manageToken, { to: r.email, language: r.language, firstName: r.firstName, registrationId: r.id });
  }

  /** For a registration being made, whose manage token is at hand. */
  with(c: Conference, manageToken: string, recipient: Recipient): MailContext {
    return {
      ...recipient,
      conferenceTitleSv: c.titleSv,
      conferenceTitleEn: c.titleEn,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      venue: c.venue,
      manageUrl: this.links.manageUrl(manageToken),
      calendar: { publicUrl: this.options.publicUrl, conference: feedConference(c) },
    };
  }
}
