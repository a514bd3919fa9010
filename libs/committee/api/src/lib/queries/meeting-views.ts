import type { ActionItemResponse, MeetingItemResponse, MeetingSummaryResponse } from '@samverkan/committee/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { ActionItem, Meeting, MeetingItem } from '../meeting.entity';

/** A time as it leaves the API (Stockholm offset), or null. */
export const isoOrNull = (d: Date | null) => (d ? toStockholmIso(d) : null);

export function toMeetingSummary(m: Meeting): MeetingSummaryResponse {
  return {
    id: m.id,
    title: m.title,
    startsAt: toStockholmIso(m.startsAt),
    endsAt: isoOrNull(m.endsAt),
    place: m.place,
    videoLink: m.videoLink,
    minutesStatus: m.minutesStatus,
    noticeSentAt: isoOrNull(m.noticeSentAt),
  };
}

export function toActionItem(a: ActionItem): ActionItemResponse {
  return {
    id: a.id,
    title: a.title,
    ownerId: a.ownerId,
    ownerName: a.owner?.name ?? '',
    dueDate: a.dueDate,
    focusAreaCode: a.focusArea?.code ?? null,
    status: a.status,
    meetingId: a.meetingId,
    createdAt: toStockholmIso(a.createdAt),
    closedAt: isoOrNull(a.closedAt),
  };
}

/** An agenda item with the action items its decision created. */
export function toMeetingItem(item: MeetingItem, actionItems: readonly ActionItem[]): MeetingItemResponse {
  return {
    id: item.id,
    position: item.position,
    kind: item.kind,
    title: item.title,
    proposalId: item.proposalId,
    strategyId: item.strategyId,
    actionItemId: item.actionItemId,
    decisionText: item.decisionText,
    outcome: item.outcome,
    motivation: item.motivation,
    decidedAt: isoOrNull(item.decidedAt),
    actionItems: actionItems.filter((a) => a.sourceItemId === item.id).map(toActionItem),
    previousMinutes: previousMinutesOf(item),
  };
}

/** The justerat minutes a previous-minutes item refers to (the item's `previousMeeting` relation loaded). */
function previousMinutesOf(item: MeetingItem): MeetingItemResponse['previousMinutes'] {
  const previous = item.previousMeeting;
  if (item.kind !== 'previous-minutes' || !previous?.lockedAt) return null;
  return {
    meetingId: previous.id,
    title: previous.title,
    startsAt: toStockholmIso(previous.startsAt),
    lockedAt: toStockholmIso(previous.lockedAt),
  };
}
