import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MessageDryRunResponse, MessageFilter, MessageSentResponse, SendMessageRequest } from '@samverkan/messaging/contract';
import { badRequest, notFound } from '@samverkan/shared/api-http';
import { MessageDelivery } from './delivery';
import { Recipients } from './recipients';
import { messageMail, type ConferenceTitles, type MessageTexts } from './rules/message-mail';
import { unknownMergeFields } from './rules/merge-fields';

const TEXT_FIELDS = ['subjectSv', 'bodySv', 'subjectEn', 'bodyEn'] as const;

/** Refuses a text with a `{field}` that is no merge field (400 naming it and the text it is in). */
export function checkMergeFields<T extends object>(texts: T, fields: readonly (keyof T & string)[]): void {
  for (const field of fields) {
    const value = texts[field];
    const [unknown] = unknownMergeFields(typeof value === 'string' ? value : '');
    if (unknown) throw badRequest('messaging.unknown-merge-field', { params: { field: unknown }, errors: { [field]: 'unknownMergeField' } });
  }
}

/** Staff messages to a conference's participants: a dry run (count and example) or the real thing. */
@Injectable()
export class MessageCommands {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recipients: Recipients,
    private readonly delivery: MessageDelivery,
  ) {}

  async send(conferenceId: string, senderId: string, request: SendMessageRequest): Promise<MessageDryRunResponse | MessageSentResponse> {
    checkMergeFields(request, TEXT_FIELDS);
    if (Boolean(request.subjectEn) !== Boolean(request.bodyEn)) {
      throw badRequest('validation.failed', { errors: { [request.subjectEn ? 'bodyEn' : 'subjectEn']: 'required' } });
    }
    const texts: MessageTexts = {
      subjectSv: request.subjectSv,
      bodySv: request.bodySv,
      subjectEn: request.subjectEn ?? null,
      bodyEn: request.bodyEn ?? null,
    };
    const filter = cleanFilter(request.filter);
    if (request.dryRun) {
      const manager = this.dataSource.manager;
      const conference = await this.conference(manager, conferenceId);
      const [count, example] = await Promise.all([
        this.recipients.count(manager, conferenceId, filter),
        this.recipients.example(manager, conferenceId, filter),
      ]);
      if (!example) return { recipients: count, preview: null };
      const mail = messageMail(texts, example, conference);
      return { recipients: count, preview: { language: mail.language, subject: mail.subject, body: mail.text } };
    }
    const sent = await this.dataSource.transaction(async (manager) => {
      const conference = await this.conference(manager, conferenceId);
      const recipients = await this.recipients.all(manager, conferenceId, filter);
      return this.delivery.deliver(manager, { conferenceId, kind: 'message', ...texts, filter, sentBy: senderId }, recipients, (r) =>
        messageMail(texts, r, conference),
      );
    });
    this.delivery.flush();
    return { id: sent.id, recipients: sent.recipients };
  }

  private async conference(manager: EntityManager, id: string): Promise<ConferenceTitles> {
    const [row] = await manager.query<ConferenceTitles[]>(`SELECT title_sv AS "titleSv", title_en AS "titleEn" FROM conferences WHERE id = $1`, [id]);
    if (!row) throw notFound('conferences.not-found');
    return row;
  }
}

/** Only the filter's given fields, so the stored filter says exactly what was asked. */
function cleanFilter(filter: MessageFilter): MessageFilter {
  const clean: MessageFilter = {};
  if (filter.status) clean.status = filter.status;
  if (filter.organisationType) clean.organisationType = filter.organisationType;
  if (filter.agendaItemId) clean.agendaItemId = filter.agendaItemId;
  if (filter.checkedIn !== undefined) clean.checkedIn = filter.checkedIn;
  return clean;
}
