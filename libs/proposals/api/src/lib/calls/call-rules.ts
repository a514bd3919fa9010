import { can, type Role } from '@samverkan/identity/contract';
import type { CallSubmissionStatus } from '@samverkan/proposals/contract';

/** How long a confirmation link works. */
export const CONFIRM_LINK_HOURS = 7 * 24;
/** How long the upload token lets the browser attach its one file. */
export const UPLOAD_TOKEN_HOURS = 1;

export interface CallPeriod {
  opensAt: Date;
  closesAt: Date;
}

/** Open from `opensAt` (inclusive) until `closesAt` (exclusive). */
export function isCallOpen(call: CallPeriod, now: Date): boolean {
  return call.opensAt.getTime() <= now.getTime() && now.getTime() < call.closesAt.getTime();
}

/**
 * Who may see a call: staff who manage or review calls always; everyone else only while it is open
 * and its conference is published (else 404, as if there were none).
 */
export function mayViewCall(call: CallPeriod, conferenceStatus: string, roles: readonly Role[] | undefined, now: Date): boolean {
  if (can(roles, 'calls.manage') || can(roles, 'calls.review')) return true;
  return conferenceStatus === 'published' && isCallOpen(call, now);
}

/**
 * Why a call takes no submission now, or null when it does: before it opens (or while its conference
 * is not published) it is hidden, answered as if there were none; once closed it says so.
 */
export function submissionRefusal(call: CallPeriod, conferenceStatus: string, now: Date): 'hidden' | 'calls.closed' | null {
  if (conferenceStatus !== 'published' || now.getTime() < call.opensAt.getTime()) return 'hidden';
  if (now.getTime() >= call.closesAt.getTime()) return 'calls.closed';
  return null;
}

/** The chosen focus areas that are not among the call's. */
export function focusAreasOutside(callCodes: readonly string[], chosen: readonly string[]): string[] {
  const allowed = new Set(callCodes);
  return chosen.filter((code) => !allowed.has(code));
}

/** A confirmed submission's status: its decision, or waiting for one. */
export function submissionStatus(decision: 'accepted' | 'declined' | null): CallSubmissionStatus {
  return decision ?? 'confirmed';
}

/** The hidden honeypot field: people leave it empty, form-filling robots rarely do. */
export function isHoneypotFilled(website: string | undefined | null): boolean {
  return typeof website === 'string' && website.trim().length > 0;
}

/** Closing now: the call's end moves to now unless it has already passed (never before its start). */
export function closedPeriod(call: CallPeriod, now: Date): CallPeriod {
  if (call.closesAt.getTime() <= now.getTime()) return call;
  const closesAt = now.getTime() > call.opensAt.getTime() ? now : new Date(call.opensAt.getTime() + 1);
  return { opensAt: call.opensAt, closesAt };
}

export function hoursLater(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * 3_600_000);
}
