import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConferenceEvents, type ConferenceCopy } from '@samverkan/conferences/api';

/**
 * A copied conference keeps the evaluation's close time staff set, moved with the copy; the
 * invitations and answers stay with the original.
 */
@Injectable()
export class EvaluationCopier implements OnModuleInit {
  constructor(private readonly events: ConferenceEvents) {}

  onModuleInit(): void {
    this.events.onCopied((manager, copy) => this.copy(manager, copy));
  }

  async copy(manager: EntityManager, copy: ConferenceCopy): Promise<void> {
    const [setting] = await manager.query<{ closesAt: Date | null }[]>(
      `SELECT closes_at AS "closesAt" FROM conference_evaluations WHERE conference_id = $1`,
      [copy.fromId],
    );
    if (!setting?.closesAt) return;
    await manager.query(`INSERT INTO conference_evaluations (conference_id, closes_at) VALUES ($1, $2)`, [
      copy.toId,
      copy.shift(setting.closesAt).toISOString(),
    ]);
  }
}
