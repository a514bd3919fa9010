import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MessageFilter, MessageKind, MessageSummary, MyMessage } from '@samverkan/messaging/contract';
import { RegistrationLinks } from '@samverkan/registrations/api';
import type { Language } from '@samverkan/registrations/contract';
import { notFound } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { chooseTexts, mergeValues } from './rules/message-mail';
import { renderMergeFields } from './rules/merge-fields';

/** Reads: a conference's messages with their counts, and what one person was sent. */
@Injectable()
export class MessageQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: RegistrationLinks,
  ) {}

  async forConference(conferenceId: string): Promise<MessageSummary[]> {
    const [conference] = await this.dataSource.query(`SELECT 1 FROM conferences WHERE id = $1`, [conferenceId]);
    if (!conference) throw notFound('conferences.not-found');
    const rows = await this.dataSource.query<
      { id: string; kind: MessageKind; subjectSv: string; subjectEn: string | null; filter: MessageFilter; recipients: number; heldBack: number; sentByName: string | null; createdAt: Date }[]
    >(
      `SELECT m.id, m.kind, m.subject_sv AS "subjectSv", m.subject_en AS "subjectEn", m.filter, m.recipient_count AS recipients,
              m.held_back_count AS "heldBack", u.name AS "sentByName", m.created_at AS "createdAt"
         FROM messages m LEFT JOIN users u ON u.id = m.sent_by
        WHERE m.conference_id = $1 ORDER BY m.created_at DESC, m.id LIMIT 500`,
      [conferenceId],
    );
    return rows.map((r) => ({ ...r, mailed: r.recipients - r.heldBack, createdAt: toStockholmIso(r.createdAt) }));
  }

  /** The messages sent to the registration whose manage link this is, in the language each was sent in. */
  async forManageToken(token: string): Promise<MyMessage[]> {
    const hash = this.links.lookupHash(token);
    const [person] = hash
      ? await this.dataSource.query<
          { id: string; email: string; firstName: string; language: Language; calendarTokenVersion: number; calendarTokenHash: string; titleSv: string; titleEn: string | null }[]
        >(
          `SELECT r.id, r.email, r.first_name AS "firstName", r.language, r.calendar_token_version AS "calendarTokenVersion",
                  r.calendar_token_hash AS "calendarTokenHash", c.title_sv AS "titleSv", c.title_en AS "titleEn"
             FROM registrations r JOIN conferences c ON c.id = r.conference_id
            WHERE r.manage_token_hash = $1 AND r.anonymised_at IS NULL`,
          [hash],
        )
      : [];
    if (!person) throw notFound('registrations.not-found');
    const rows = await this.dataSource.query<
      { id: string; kind: MessageKind; subjectSv: string; bodySv: string; subjectEn: string | null; bodyEn: string | null; language: Language; mailed: boolean; createdAt: Date }[]
    >(
      `SELECT m.id, m.kind, m.subject_sv AS "subjectSv", m.body_sv AS "bodySv", m.subject_en AS "subjectEn", m.body_en AS "bodyEn",
              mr.language, mr.mailed, m.created_at AS "createdAt"
         FROM message_recipients mr JOIN messages m ON m.id = mr.message_id
        WHERE mr.registration_id = $1 ORDER BY m.created_at DESC, m.id`,
      [person.id],
    );
    if (!rows.length) return [];
    const calendarToken = await this.links.calendarToken(this.dataSource.manager, { id: person.id, calendarTokenVersion: person.calendarTokenVersion, calendarTokenHash: person.calendarTokenHash });
    return rows.map((m) => {
      const chosen = chooseTexts(m.language, m);
      const recipient = { ...person, language: chosen.language, manageUrl: this.links.manageUrl(token), programmeUrl: this.links.calendarUrl(calendarToken) };
      const values = mergeValues(recipient, person, chosen.language);
      return {
        id: m.id,
        kind: m.kind,
        subject: renderMergeFields(chosen.subject, values),
        body: renderMergeFields(chosen.body, values),
        createdAt: toStockholmIso(m.createdAt),
        mailed: m.mailed,
      };
    });
  }
}
