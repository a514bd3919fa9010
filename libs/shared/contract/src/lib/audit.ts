export type AuditValue = Record<string, string | number | boolean | null | string[]>;

/** One line of an object's history (audit log): who did what, when, from what to what. */
export interface AuditEntryResponse {
  action: string;
  actorId: string | null;
  actorName: string | null;
  before: AuditValue | null;
  after: AuditValue | null;
  at: string;
}
