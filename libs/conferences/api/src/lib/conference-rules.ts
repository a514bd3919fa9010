import type { ConferenceStatus } from '@samverkan/conferences/contract';
import { can, type Role } from '@samverkan/identity/contract';
import type { ErrorCode } from '@samverkan/shared/contract';

/** The statuses anyone may see; a draft only those who manage conferences. */
const PUBLIC_STATUSES: readonly ConferenceStatus[] = ['published', 'cancelled', 'archived'];

/** Whether someone with these roles may know that a conference in this status exists. */
export function mayKnowConference(status: ConferenceStatus, roles: readonly Role[] | undefined): boolean {
  return can(roles, 'conferences.manage') || PUBLIC_STATUSES.includes(status);
}

/** What the registration window depends on. */
export interface RegistrationWindow {
  status: ConferenceStatus;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  endsAt: Date;
}

/** Open while published, after registration opens, before it closes and before the conference ends. */
export function isRegistrationOpen(c: RegistrationWindow, now = new Date()): boolean {
  return (
    c.status === 'published' &&
    (!c.registrationOpensAt || c.registrationOpensAt <= now) &&
    (!c.registrationClosesAt || now < c.registrationClosesAt) &&
    now < c.endsAt
  );
}

/** The fields whose times do not fit together, each with a short code; empty when they do. */
export function dateErrors(c: RegistrationWindow & { startsAt: Date }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (c.endsAt.getTime() <= c.startsAt.getTime()) errors['endsAt'] = 'beforeStart';
  if (c.registrationOpensAt && c.registrationClosesAt && c.registrationOpensAt >= c.registrationClosesAt)
    errors['registrationClosesAt'] = 'beforeOpen';
  if (c.registrationClosesAt && c.registrationClosesAt > c.endsAt) errors['registrationClosesAt'] = 'afterEnd';
  return errors;
}

/**
 * Why a conference may not move from one status to another by hand, or null when it may: drafts and
 * published conferences can be cancelled; published and cancelled ones archived.
 */
export function statusChangeRefusal(from: ConferenceStatus, to: 'cancelled' | 'archived'): ErrorCode | null {
  if (to === 'cancelled') return from === 'draft' || from === 'published' ? null : 'conferences.cannot-cancel';
  return from === 'published' || from === 'cancelled' ? null : 'conferences.cannot-archive';
}
