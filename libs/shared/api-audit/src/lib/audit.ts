import type { EntityManager } from 'typeorm';
import type { AuditEntryResponse } from '@samverkan/shared/contract';
import { AuditEntry, type AuditValue } from './audit-entry.entity';

export type { AuditEntryResponse };

export const AUDIT_ENTITIES = [AuditEntry];

export interface AuditRecord {
  subjectType: string;
  subjectId: string;
  action: string;
  actorId: string | null;
  before?: AuditValue | null;
  after?: AuditValue | null;
}

/** Writes audit entries inside the caller's transaction, so the log and the change commit together. */
export async function audit(manager: EntityManager, records: AuditRecord | AuditRecord[]): Promise<void> {
  const list = Array.isArray(records) ? records : [records];
  if (!list.length) return;
  await manager.getRepository(AuditEntry).insert(list.map((r) => ({ ...r, before: r.before ?? null, after: r.after ?? null })));
}

/** The log of one object, oldest first, with actor names (one query). */
export async function auditTrail(manager: EntityManager, subjectType: string, subjectId: string): Promise<AuditEntryResponse[]> {
  const rows: {
    action: string;
    actor_id: string | null;
    actor_name: string | null;
    before: AuditValue | null;
    after: AuditValue | null;
    created_at: Date;
  }[] = await manager.query(
    `SELECT a.action, a.actor_id, u.name AS actor_name, a.before, a.after, a.created_at
         FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_id
        WHERE a.subject_type = $1 AND a.subject_id = $2 ORDER BY a.created_at, a.id`,
    [subjectType, subjectId],
  );
  return rows.map((r) => ({
    action: r.action,
    actorId: r.actor_id,
    actorName: r.actor_name,
    before: r.before,
    after: r.after,
    at: r.created_at.toISOString(),
  }));
}
