import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RegistrationLinks, type RegistrationLinkColumns } from '@samverkan/registrations/api';
import type { Language } from '@samverkan/registrations/contract';
import type { MessageFilter } from '@samverkan/messaging/contract';
import { REDACTED } from '@samverkan/shared/api-mail';
import { recipientConditions } from './rules/recipient-filter';
import type { MailRecipient } from './rules/message-mail';

interface RecipientRow extends RegistrationLinkColumns {
  email: string;
  firstName: string;
  language: Language;
}

export type Recipient = MailRecipient & { registrationId: string };

const COLUMNS = `r.id, r.email, r.first_name AS "firstName", r.language,
  r.manage_token_version AS "manageTokenVersion", r.manage_token_hash AS "manageTokenHash",
  r.calendar_token_version AS "calendarTokenVersion", r.calendar_token_hash AS "calendarTokenHash"`;

/** The people a filter matches, with their links: one query for the rows, none per person. */
@Injectable()
export class Recipients {
  constructor(private readonly links: RegistrationLinks) {}

  async count(manager: EntityManager, conferenceId: string, filter: MessageFilter): Promise<number> {
    const { where, params } = recipientConditions(conferenceId, filter);
    const [{ count }] = await manager.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM registrations r WHERE ${where}`, params);
    return count;
  }

  /** The first match (oldest registration) with its links' secrets left out: for a preview that stores nothing. */
  async example(manager: EntityManager, conferenceId: string, filter: MessageFilter): Promise<Recipient | null> {
    const { where, params } = recipientConditions(conferenceId, filter);
    const [row] = await manager.query<RecipientRow[]>(`SELECT ${COLUMNS} FROM registrations r WHERE ${where} ORDER BY r.created_at, r.id LIMIT 1`, params);
    if (!row) return null;
    return this.recipient(row, { manage: REDACTED, calendar: REDACTED });
  }

  /** Every match, oldest registration first, with its manage and programme links (issued anew where needed). */
  async all(manager: EntityManager, conferenceId: string, filter: MessageFilter): Promise<Recipient[]> {
    const { where, params } = recipientConditions(conferenceId, filter);
    const rows = await manager.query<RecipientRow[]>(`SELECT ${COLUMNS} FROM registrations r WHERE ${where} ORDER BY r.created_at, r.id`, params);
    const tokens = await this.links.tokensOf(manager, rows);
    return rows.map((row) => this.recipient(row, tokens.get(row.id) as { manage: string; calendar: string }));
  }

  private recipient(row: RecipientRow, tokens: { manage: string; calendar: string }): Recipient {
    return {
      registrationId: row.id,
      email: row.email,
      firstName: row.firstName,
      language: row.language,
      manageUrl: this.links.manageUrl(tokens.manage),
      programmeUrl: this.links.calendarUrl(tokens.calendar),
    };
  }
}
