import type { MeetingItemKind } from '@samverkan/committee/contract';
import type { ErrorCode } from '@samverkan/shared/contract';

export const STANDARD_ITEMS = ['Mötets öppnande', 'Godkännande av dagordningen', 'Val av justerare'] as const;
export const PREVIOUS_MINUTES = 'Föregående protokoll';
export const OTHER_BUSINESS = 'Övriga frågor';

export interface NewAgendaItem {
  kind: MeetingItemKind;
  title: string;
  actionItemId: string | null;
  previousMeetingId: string | null;
}

/**
 * A new meeting's agenda: the standard opening items, the previous minutes (the last justerat minutes
 * of an earlier meeting, or none yet), a follow-up of every open action item, then other business.
 */
export function newAgenda(
  openActionItems: readonly { id: string; title: string }[],
  previousMeetingId: string | null = null,
): NewAgendaItem[] {
  const item = (kind: MeetingItemKind, title: string, actionItemId: string | null = null) => ({
    kind,
    title,
    actionItemId,
    previousMeetingId: null,
  });
  return [
    ...STANDARD_ITEMS.map((title) => item('standard', title)),
    { ...item('previous-minutes', PREVIOUS_MINUTES), previousMeetingId },
    ...openActionItems.map((a) => item('action-item', `Uppföljning: ${a.title}`, a.id)),
    item('other', OTHER_BUSINESS),
  ];
}

/** Where an added item goes: before other business, which stays last; at the end when there is none. */
export function positionForNewItem(itemsInOrder: readonly { kind: MeetingItemKind; title: string }[]): number {
  const other = itemsInOrder.findIndex((item) => item.kind === 'other' && item.title === OTHER_BUSINESS);
  return other >= 0 ? other : itemsInOrder.length;
}

/** A new order names every item of the agenda exactly once. */
export function isCompleteOrder(itemIds: readonly string[], agendaIds: readonly string[]): boolean {
  const known = new Set(agendaIds);
  return itemIds.length === agendaIds.length && new Set(itemIds).size === itemIds.length && itemIds.every((id) => known.has(id));
}

export interface MinutesState {
  chairId: string;
  minutesApproverId: string | null;
  chairApprovedAt: Date | null;
  approverApprovedAt: Date | null;
}

export type MinutesApproval =
  | { refused: ErrorCode; status: 403 | 422 }
  | { chairApprovedAt: Date | null; approverApprovedAt: Date | null; locked: boolean };

/**
 * Justering: the chair and the chosen minutes checker each approve the minutes once (one person may be
 * both); when both have, the minutes are locked. A minutes checker must be chosen first.
 */
export function approveMinutes(minutes: MinutesState, userId: string, now: Date): MinutesApproval {
  if (!minutes.minutesApproverId) return { refused: 'committee.minutes-checker-missing', status: 422 };
  const isChair = userId === minutes.chairId;
  const isChecker = userId === minutes.minutesApproverId;
  if (!isChair && !isChecker) return { refused: 'committee.not-minutes-checker', status: 403 };
  const chairApprovedAt = minutes.chairApprovedAt ?? (isChair ? now : null);
  const approverApprovedAt = minutes.approverApprovedAt ?? (isChecker ? now : null);
  if (chairApprovedAt === minutes.chairApprovedAt && approverApprovedAt === minutes.approverApprovedAt)
    return { refused: 'committee.minutes-already-adjusted', status: 403 };
  return { chairApprovedAt, approverApprovedAt, locked: !!chairApprovedAt && !!approverApprovedAt };
}
