import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PutRemindersRequest, ReminderResponse } from '@samverkan/messaging/contract';
import { Jobs } from '@samverkan/shared/api-jobs';
import { badRequest, notFound } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { checkMergeFields } from './message-commands.service';
import { REMINDER_COLUMNS, REMINDER_JOB } from './reminders.sql';

interface ReminderRow {
  id: string;
  daysBefore: number | null;
  dueAt: Date;
  textSv: string;
  textEn: string | null;
  sentAt: Date | null;
  messageId: string | null;
}

/** The reminders staff set per conference: read, and replace the ones not yet sent. */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: Jobs,
  ) {}

  async list(conferenceId: string): Promise<ReminderResponse[]> {
    await this.conference(this.dataSource.manager, conferenceId);
    return (await this.rows(this.dataSource.manager, conferenceId)).map(toResponse);
  }

  /**
   * Replaces the unsent reminders (sent ones stay, as history) and queues a job for each at its time;
   * a minutely sweep sends any that are due and were missed (a changed conference date, a lost job).
   */
  async replace(conferenceId: string, request: PutRemindersRequest): Promise<ReminderResponse[]> {
    request.reminders.forEach((reminder, index) => {
      if ((reminder.daysBefore === undefined) === (reminder.sendAt === undefined)) {
        throw badRequest('messaging.reminder-time', { errors: { [`reminders.${index}.daysBefore`]: 'reminderTime' } });
      }
      checkMergeFields({ [`reminders.${index}.textSv`]: reminder.textSv, [`reminders.${index}.textEn`]: reminder.textEn }, [
        `reminders.${index}.textSv`,
        `reminders.${index}.textEn`,
      ]);
    });
    const rows = await this.dataSource.transaction(async (manager) => {
      await this.conference(manager, conferenceId, true);
      await manager.query(`DELETE FROM conference_reminders WHERE conference_id = $1 AND sent_at IS NULL`, [conferenceId]);
      if (request.reminders.length) {
        const r = request.reminders;
        await manager.query(
          `INSERT INTO conference_reminders (conference_id, days_before, send_at, text_sv, text_en)
           SELECT $1, v.days_before, v.send_at, v.text_sv, v.text_en
             FROM unnest($2::int[], $3::timestamptz[], $4::text[], $5::text[]) AS v(days_before, send_at, text_sv, text_en)`,
          [conferenceId, r.map((x) => x.daysBefore ?? null), r.map((x) => x.sendAt ?? null), r.map((x) => x.textSv), r.map((x) => x.textEn ?? null)],
        );
      }
      return this.rows(manager, conferenceId);
    });
    for (const row of rows) {
      if (!row.sentAt) await this.jobs.send(REMINDER_JOB, { reminderId: row.id }, { startAfter: row.dueAt, singletonKey: row.id });
    }
    return rows.map(toResponse);
  }

  private rows(manager: EntityManager, conferenceId: string): Promise<ReminderRow[]> {
    return manager.query<ReminderRow[]>(
      `SELECT ${REMINDER_COLUMNS} FROM conference_reminders r JOIN conferences c ON c.id = r.conference_id
        WHERE r.conference_id = $1 ORDER BY "dueAt", r.id`,
      [conferenceId],
    );
  }

  /** 404 for an unknown conference; `lock` holds its row so two replacements run one after the other. */
  private async conference(manager: EntityManager, id: string, lock = false): Promise<void> {
    const [row] = await manager.query(`SELECT id FROM conferences WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw notFound('conferences.not-found');
  }
}

function toResponse(r: ReminderRow): ReminderResponse {
  return {
    id: r.id,
    daysBefore: r.daysBefore,
    dueAt: toStockholmIso(r.dueAt),
    textSv: r.textSv,
    textEn: r.textEn,
    sentAt: r.sentAt ? toStockholmIso(r.sentAt) : null,
    messageId: r.messageId,
  };
}
