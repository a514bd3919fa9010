import type { AuditEntryResponse, AuditValue } from '@samverkan/shared/contract';

/**
 * The actions the committee API writes to a meeting's log, each with a text under
 * `meetingLog.actions.<name>`, where the action's dots are dashes (`item.added` → `item-added`).
 */
export const LOG_ACTIONS = [
  'created',
  'edited',
  'attendance',
  'item-added',
  'item-removed',
  'reordered',
  'decision',
  'notice-sent',
  'minutes-approved',
  'minutes-locked',
] as const;

/** Actions about one agenda item: the line names the item. */
const ITEM_ACTIONS: readonly string[] = ['item-added', 'item-removed', 'decision'];

export interface LogLine {
  at: string;
  actor: string | null;
  /** Translation key of what happened; null for an action the page has no text for (shown as the action). */
  key: string | null;
  action: string;
  /** The item or title the entry names, when it names one. */
  detail: string | null;
}

function text(value: AuditValue | null, field: string): string | null {
  const found = value?.[field];
  return typeof found === 'string' && found.trim() ? found : null;
}

/** One audit entry as a line of the meeting's log: when, who, what, and which item. */
export function logLine(entry: AuditEntryResponse): LogLine {
  const name = entry.action.replace(/\./g, '-');
  const known = (LOG_ACTIONS as readonly string[]).includes(name);
  return {
    at: entry.at,
    actor: entry.actorName,
    key: known ? `meetingLog.actions.${name}` : null,
    action: entry.action,
    detail: ITEM_ACTIONS.includes(name) ? (text(entry.after, 'item') ?? text(entry.after, 'title') ?? text(entry.before, 'title')) : null,
  };
}

/**
 * Newest first: the log is read to find what happened lately. The API lists the oldest first; entries
 * of one second (times travel without fractions) keep that order reversed.
 */
export function logLines(entries: readonly AuditEntryResponse[]): LogLine[] {
  return entries
    .map(logLine)
    .reverse()
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
