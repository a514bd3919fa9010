import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/committee/contract';
import { MEETING_ITEM_KINDS, MINUTES_STATUSES } from '@samverkan/committee/contract';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@samverkan/proposals/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class CommitteePersonResponse implements C.CommitteePersonResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  name!: string;

  @Prop.string({ nullable: true })
  organisation!: string | null;
}

export class MeetingParticipantResponse implements C.MeetingParticipantResponse {
  @Prop.uuid()
  userId!: string;

  @Prop.string()
  name!: string;

  @Prop.string()
  email!: string;

  @Prop.boolean({ nullable: true, description: 'Null until attendance is taken.' })
  present!: boolean | null;
}

export class ActionItemResponse implements C.ActionItemResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  title!: string;

  @Prop.uuid()
  ownerId!: string;

  @Prop.string()
  ownerName!: string;

  @Prop.date({ nullable: true, example: '2026-03-31' })
  dueDate!: string | null;

  @Prop.string({ ...FOCUS_AREA_CODE_SCHEMA, nullable: true })
  focusAreaCode!: FocusAreaCode | null;

  @Prop.enum(['open', 'closed'])
  status!: 'open' | 'closed';

  @Prop.uuid({ nullable: true })
  meetingId!: string | null;

  @Prop.dateTime()
  createdAt!: string;

  @Prop.dateTime({ nullable: true })
  closedAt!: string | null;
}

export class PreviousMinutesResponse implements C.PreviousMinutesResponse {
  @Prop.uuid()
  meetingId!: string;

  @Prop.string()
  title!: string;

  @Prop.dateTime()
  startsAt!: string;

  @Prop.dateTime()
  lockedAt!: string;
}

export class MeetingItemResponse implements C.MeetingItemResponse {
  @Prop.uuid()
  id!: string;

  @Prop.int()
  position!: number;

  @Prop.enum(MEETING_ITEM_KINDS)
  kind!: C.MeetingItemKind;

  @Prop.string()
  title!: string;

  @Prop.uuid({ nullable: true })
  proposalId!: string | null;

  @Prop.uuid({ nullable: true, description: 'A strategy-adoption item: the version it decides on.' })
  strategyId!: string | null;

  @Prop.uuid({ nullable: true })
  actionItemId!: string | null;

  @Prop.string({ nullable: true })
  decisionText!: string | null;

  @Prop.enum(DECISION_OUTCOMES, { nullable: true })
  outcome!: DecisionOutcome | null;

  @Prop.string({ nullable: true })
  motivation!: string | null;

  @Prop.dateTime({ nullable: true })
  decidedAt!: string | null;

  @Prop.array(() => ActionItemResponse)
  actionItems!: ActionItemResponse[];

  @Prop.object(() => PreviousMinutesResponse, {
    nullable: true,
    description:
      'For a previous-minutes item: the last justerat minutes of an earlier meeting (null when there are none, and for other items).',
  })
  previousMinutes!: PreviousMinutesResponse | null;
}

export class MeetingSummaryResponse implements C.MeetingSummaryResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  title!: string;

  @Prop.dateTime()
  startsAt!: string;

  @Prop.dateTime({ nullable: true })
  endsAt!: string | null;

  @Prop.string({ nullable: true })
  place!: string | null;

  @Prop.string({ nullable: true })
  videoLink!: string | null;

  @Prop.enum(MINUTES_STATUSES)
  minutesStatus!: C.MinutesStatus;

  @Prop.dateTime({ nullable: true })
  noticeSentAt!: string | null;
}

export class MeetingResponse extends MeetingSummaryResponse implements C.MeetingResponse {
  @Prop.uuid()
  chairId!: string;

  @Prop.string()
  chairName!: string;

  @Prop.uuid({ nullable: true })
  minutesApproverId!: string | null;

  @Prop.string({ nullable: true })
  minutesApproverName!: string | null;

  @Prop.dateTime({ nullable: true })
  chairApprovedAt!: string | null;

  @Prop.dateTime({ nullable: true })
  approverApprovedAt!: string | null;

  @Prop.dateTime({ nullable: true })
  lockedAt!: string | null;

  @Prop.array(() => MeetingParticipantResponse)
  participants!: MeetingParticipantResponse[];

  @Prop.array(() => MeetingItemResponse)
  items!: MeetingItemResponse[];
}
