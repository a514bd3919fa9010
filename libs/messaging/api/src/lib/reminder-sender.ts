import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Jobs } from '@samverkan/shared/api-jobs';
import { MessageDelivery } from './delivery';
import { Recipients } from './recipients';
import { reminderMail, type ProgrammeEntry } from './rules/message-mail';
import { DUE_AT, DUE_REMINDERS_JOB, REMINDER_JOB } from './reminders.sql';

interface Claimed {
  id: string;
  conferenceId: string;
  textSv: string;
  textEn: string | null;
  titleSv: string;
  titleEn: string | null;
}

/**
 * Sends reminders when they are due, exactly once however many processes run the jobs and however
 * often a job is delivered: the send claims the reminder with `UPDATE … WHERE sent_at IS NULL
 * RETURNING` in the same transaction as its outbox rows, so a second delivery (another process, a
 * retry, the minutely sweep) finds nothing to claim, and a rollback leaves it unsent for the next try.
 */
@Injectable()
export class ReminderSender implements OnModuleInit {
  private readonly logger = new Logger(ReminderSender.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
    private readonly recipients: Recipients,
    private readonly delivery: MessageDelivery,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ reminderId: string }>({ name: REMINDER_JOB, handle: async ({ reminderId }) => void (await this.send(reminderId)) });
    this.jobs.define({ name: DUE_REMINDERS_JOB, cron: '* * * * *', handle: async () => void (await this.sendDue()) });
  }

  /** Every due, unsent reminder of a published conference; returns how many this call sent. */
  async sendDue(): Promise<number> {
    const due = await this.dataSource.query<{ id: string }[]>(
      `SELECT r.id FROM conference_reminders r JOIN conferences c ON c.id = r.conference_id
        WHERE r.sent_at IS NULL AND c.status = 'published' AND ${DUE_AT} <= now() ORDER BY r.id`,
    );
    let sent = 0;
    for (const { id } of due) if (await this.send(id)) sent++;
    return sent;
  }

  /** Sends one reminder if it is due and unsent; false when there was nothing to send. */
  async send(reminderId: string): Promise<boolean> {
    const sent = await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [[claimed]] = await manager.query<[Claimed[], number]>(
        `UPDATE conference_reminders r SET sent_at = now() FROM conferences c
          WHERE r.id = $1 AND c.id = r.conference_id AND r.sent_at IS NULL AND c.status = 'published' AND ${DUE_AT} <= now()
          RETURNING r.id, r.conference_id AS "conferenceId", r.text_sv AS "textSv", r.text_en AS "textEn", c.title_sv AS "titleSv", c.title_en AS "titleEn"`,
        [reminderId],
      );
      if (!claimed) return null;
      const filter = { status: 'confirmed' as const };
      const recipients = await this.recipients.all(manager, claimed.conferenceId, filter);
      const programme = await this.programmes(manager, claimed.conferenceId);
      const delivered = await this.delivery.deliver(
        manager,
        {
          conferenceId: claimed.conferenceId,
          kind: 'reminder',
          subjectSv: 'Påminnelse: {konferens}',
          bodySv: claimed.textSv,
          subjectEn: claimed.textEn ? 'Reminder: {conference}' : null,
          bodyEn: claimed.textEn,
          filter,
          sentBy: null,
        },
        recipients,
        (r) => reminderMail(claimed, r, claimed, programme.get(r.registrationId) ?? []),
      );
      await manager.query(`UPDATE conference_reminders SET message_id = $2 WHERE id = $1`, [claimed.id, delivered.id]);
      return delivered;
    });
    if (!sent) return false;
    this.logger.log(`Reminder ${reminderId} sent to ${sent.recipients} (${sent.heldBack} over the mail limit)`);
    this.delivery.flush();
    return true;
  }

  /** Each confirmed participant's programme items, in one query for the whole conference. */
  private async programmes(manager: DataSource['manager'], conferenceId: string): Promise<Map<string, ProgrammeEntry[]>> {
    const rows = await manager.query<(ProgrammeEntry & { registrationId: string })[]>(
      `SELECT s.registration_id AS "registrationId", i.title_sv AS "titleSv", i.title_en AS "titleEn",
              i.starts_at AS "startsAt", i.ends_at AS "endsAt", rm.name AS room
         FROM session_signups s
         JOIN registrations r ON r.id = s.registration_id
         JOIN agenda_items i ON i.id = s.agenda_item_id
         LEFT JOIN rooms rm ON rm.id = i.room_id
        WHERE r.conference_id = $1 AND r.status = 'confirmed' AND r.anonymised_at IS NULL`,
      [conferenceId],
    );
    const byRegistration = new Map<string, ProgrammeEntry[]>();
    for (const { registrationId, ...entry } of rows) {
      const list = byRegistration.get(registrationId) ?? [];
      list.push(entry);
      byRegistration.set(registrationId, list);
    }
    return byRegistration;
  }
}
