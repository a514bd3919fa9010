import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConferenceEvents, type ConferenceCopy } from '@samverkan/conferences/api';

/**
 * A copied conference gets every reminder of the original, sent or not, as unsent: "days before" ones
 * as they are (they follow the copy's start), fixed times moved with the copy. The sweep sends them
 * once the copy is published; the sent messages stay with the original.
 */
@Injectable()
export class RemindersCopier implements OnModuleInit {
  constructor(private readonly events: ConferenceEvents) {}

  onModuleInit(): void {
    this.events.onCopied((manager, copy) => this.copy(manager, copy));
  }

  async copy(manager: EntityManager, copy: ConferenceCopy): Promise<void> {
    const reminders = await manager.query<{ id: string; sendAt: Date | null }[]>(
      `SELECT id, send_at AS "sendAt" FROM conference_reminders WHERE conference_id = $1`,
      [copy.fromId],
    );
    if (!reminders.length) return;
    await manager.query(
      `INSERT INTO conference_reminders (conference_id, days_before, send_at, text_sv, text_en)
       SELECT $1, r.days_before, m.send_at, r.text_sv, r.text_en
         FROM conference_reminders r JOIN unnest($2::uuid[], $3::timestamptz[]) AS m(id, send_at) ON m.id = r.id`,
      [copy.toId, reminders.map((r) => r.id), reminders.map((r) => (r.sendAt ? copy.shift(r.sendAt).toISOString() : null))],
    );
  }
}
