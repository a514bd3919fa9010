import type { DecisionOutcome } from '@samverkan/proposals/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** `strategy-adoption`: a decision on adopting the strategy version in consultation that the item names. */
export const MEETING_ITEM_KINDS = ['standard', 'previous-minutes', 'proposal', 'action-item', 'other', 'strategy-adoption'] as const;
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];

export const MINUTES_STATUSES = ['draft', 'locked'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export interface MeetingParticipantResponse {
  userId: string;
  name: string;
  email: string;
  present: boolean | null;
}

/** Someone who can be called to the committee's meetings: an active committee member or administrator. */
export interface CommitteePersonResponse {
  id: string;
  name: string;
  organisation: string | null;
}

export interface ActionItemResponse {
  id: string;
  title: string;
  ownerId: string;
  ownerName: string;
  dueDate: string | null;
  focusAreaCode: FocusAreaCode | null;
  status: 'open' | 'closed';
  meetingId: string | null;
  createdAt: string;
  closedAt: string | null;
}

/** The justerat minutes a `previous-minutes` item of the agenda refers to. */
export interface PreviousMinutesResponse {
  meetingId: string;
  title: string;
  startsAt: string;
  lockedAt: string;
}

export interface MeetingItemResponse {
  id: string;
  position: number;
  kind: MeetingItemKind;
  title: string;
  proposalId: string | null;
  /** For a `strategy-adoption` item: the strategy version the decision adopts (when approved). */
  strategyId: string | null;
  actionItemId: string | null;
  decisionText: string | null;
  outcome: DecisionOutcome | null;
  motivation: string | null;
  decidedAt: string | null;
  actionItems: ActionItemResponse[];
  /** For a `previous-minutes` item: the last justerat minutes of an earlier meeting; null for other items and when there are none. */
  previousMinutes: PreviousMinutesResponse | null;
}

export interface MeetingSummaryResponse {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  videoLink: string | null;
  minutesStatus: MinutesStatus;
  noticeSentAt: string | null;
}

export interface MeetingResponse extends MeetingSummaryResponse {
  chairId: string;
  chairName: string;
  minutesApproverId: string | null;
  minutesApproverName: string | null;
  chairApprovedAt: string | null;
  approverApprovedAt: string | null;
  lockedAt: string | null;
  participants: MeetingParticipantResponse[];
  items: MeetingItemResponse[];
}

export interface CreateMeetingRequest {
  title: string;
  startsAt: string;
  endsAt?: string | null;
  place?: string | null;
  videoLink?: string | null;
  participantIds: string[];
  chairId?: string;
}

export interface UpdateMeetingRequest {
  title?: string;
  startsAt?: string;
  endsAt?: string | null;
  place?: string | null;
  videoLink?: string | null;
  participantIds?: string[];
  chairId?: string;
  minutesApproverId?: string | null;
}

export interface AddMeetingItemRequest {
  kind: 'proposal' | 'other' | 'strategy-adoption';
  proposalId?: string;
  /** For `strategy-adoption`: the strategy version in consultation. */
  strategyId?: string;
  title?: string;
}

export interface ReorderItemsRequest {
  itemIds: string[];
}

export interface AttendanceRequest {
  presentUserIds: string[];
}

export interface NewActionItem {
  title: string;
  ownerId: string;
  dueDate?: string | null;
  focusAreaCode?: FocusAreaCode | null;
}

export interface RecordDecisionRequest {
  /** For proposal items: accept, reject or return; for a strategy adoption: accept (adopt) or reject. */
  outcome?: DecisionOutcome;
  motivation?: string;
  decisionText?: string;
  actionItems?: NewActionItem[];
}
