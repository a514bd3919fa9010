import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MessageFilter, MessageKind } from '@samverkan/messaging/contract';
import type { Language } from '@samverkan/registrations/contract';
import { headerText, MailService, RecipientLimit } from '@samverkan/shared/api-mail';
import type { MessageTexts } from './rules/message-mail';
import type { Recipient } from './recipients';

export interface NewMessage extends MessageTexts {
  conferenceId: string;
  kind: MessageKind;
  filter: MessageFilter;
  sentBy: string | null;
}

/**
 * Stores a message, who it went to and one outbox row per recipient, in the caller's transaction and
 * in a fixed number of statements whatever the count (arrays unnested). Recipients over the
 * per-recipient mail limit get no e-mail; they are kept as `mailed = false` and see the message on
 * their manage page.
 */
@Injectable()
export class MessageDelivery {
  constructor(
    private readonly mail: MailService,
    private readonly limit: RecipientLimit,
  ) {}

  async deliver(
    manager: EntityManager,
    message: NewMessage,
    recipients: readonly Recipient[],
    render: (recipient: Recipient) => { language: Language; subject: string; text: string },
  ): Promise<{ id: string; recipients: number; heldBack: number }> {
    const id = randomUUID();
    const allowed = await this.limit.allowEach(
      manager,
      recipients.map((r) => r.email),
    );
    const rendered = recipients.map(render);
    const heldBack = allowed.filter((a) => !a).length;
    await manager.query(
      `INSERT INTO messages (id, conference_id, kind, subject_sv, body_sv, subject_en, body_en, filter, recipient_count, held_back_count, sent_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [id, message.conferenceId, message.kind, message.subjectSv, message.bodySv, message.subjectEn, message.bodyEn, JSON.stringify(message.filter), recipients.length, heldBack, message.sentBy],
    );
    await manager.query(
      `INSERT INTO message_recipients (message_id, registration_id, language, mailed)
       SELECT $1, v.registration_id, v.language, v.mailed FROM unnest($2::uuid[], $3::varchar[], $4::boolean[]) AS v(registration_id, language, mailed)`,
      [id, recipients.map((r) => r.registrationId), rendered.map((r) => r.language), allowed],
    );
    await this.mail.enqueueMany(
      manager,
      recipients.flatMap((r, i) =>
        allowed[i] ? [{ to: r.email, subject: headerText(rendered[i].subject), text: rendered[i].text, subjectRef: `registration:${r.registrationId}` }] : [],
      ),
    );
    return { id, recipients: recipients.length, heldBack };
  }

  /** After the transaction committed: send what is due (no-op in the demo outbox). */
  flush(): void {
    void this.mail.flush();
  }
}
