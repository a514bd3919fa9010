import type { MeetingResponse } from '@samverkan/committee/contract';
import type { Language } from '@samverkan/shared/ui';
import { formatDate, formatRange, formatTime } from '@samverkan/shared/util-dates';

export interface Person {
  id: string;
  name: string;
}

/**
 * Who can be picked on a meeting (justerare, action item owners): its participants and the person
 * using the page. GET /api/users is for administrators only, so the meeting is where names come from.
 */
export function peopleOf(meeting: Pick<MeetingResponse, 'participants'>, currentUser: { id: string; name: string } | null): Person[] {
  const people = new Map(meeting.participants.map((p) => [p.userId, p.name]));
  if (currentUser && !people.has(currentUser.id)) people.set(currentUser.id, currentUser.name);
  return [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Where the justering (approval of the minutes) stands, and what the person looking may do. */
export interface Approval {
  locked: boolean;
  chairApproved: boolean;
  approverApproved: boolean;
  hasApprover: boolean;
  /** The chair or the justerare who has not approved yet. */
  canApprove: boolean;
}

export function approvalOf(meeting: MeetingResponse, userId: string | null): Approval {
  const locked = meeting.minutesStatus === 'locked';
  const chairApproved = meeting.chairApprovedAt !== null;
  const approverApproved = meeting.approverApprovedAt !== null;
  const hasApprover = meeting.minutesApproverId !== null;
  const mayAsChair = userId === meeting.chairId && !chairApproved;
  const mayAsApprover = userId !== null && userId === meeting.minutesApproverId && !approverApproved;
  return { locked, chairApproved, approverApproved, hasApprover, canApprove: !locked && hasApprover && (mayAsChair || mayAsApprover) };
}

/** "tisdag 14 april 2026 09:30–11:00" (or from–to across days); just the start when there is no end. */
export function meetingTime(meeting: Pick<MeetingResponse, 'startsAt' | 'endsAt'>, language: Language): string {
  return meeting.endsAt
    ? formatRange(meeting.startsAt, meeting.endsAt, language)
    : `${formatDate(meeting.startsAt, language)} ${formatTime(meeting.startsAt, language)}`;
}

export function dateTime(value: string, language: Language): string {
  return `${formatDate(value, language)} ${formatTime(value, language)}`;
}
