/**
 * The error body every API error has (docs/api-contract.md): `code` is stable (ERROR_TEXTS), `message`
 * its text in the caller's language, `params` the values in that text, and `errors` maps a field name
 * to a short code where a field is at fault.
 */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  params?: Record<string, string | number>;
  errors?: Record<string, string>;
  /** Some errors carry context, e.g. `current` (the item as it is now) with a 409 for a stale edit. */
  [context: string]: unknown;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Ids are UUID strings. */
export type Id = string;

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
}

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
