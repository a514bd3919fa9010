import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/coverage/contract';
import { ANONYMITY_THRESHOLD, PARTICIPANT_TYPES } from '@samverkan/coverage/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class MemberEngagementSummary implements C.MemberEngagementSummary {
  @Prop.uuid()
  organisationId!: string;

  @Prop.string()
  name!: string;

  @Prop.enum(PARTICIPANT_TYPES)
  type!: C.ParticipantType;

  @Prop.int({ description: 'Conferences (not cancelled) with at least one confirmed participant from the organisation.' })
  conferences!: number;

  @Prop.int({ description: 'Confirmed registrations over those conferences.' })
  participants!: number;

  @Prop.date({ nullable: true, description: 'First day of the latest such conference up to today (Stockholm).' })
  lastSeenOn!: string | null;

  @Prop.int({ description: 'Submitted proposals by people of the organisation.' })
  proposals!: number;

  @Prop.int({ description: 'Confirmed open-call submissions matched by normalised organisation name.' })
  callSubmissions!: number;

  @Prop.int({ nullable: true, description: `Evaluation answers (a count only); null when 1–${ANONYMITY_THRESHOLD - 1}, too few to show.` })
  evaluationAnswers!: number | null;
}

export class MemberConferenceEngagement implements C.MemberConferenceEngagement {
  @Prop.uuid()
  conferenceId!: string;

  @Prop.string()
  title!: string;

  @Prop.date()
  startsOn!: string;

  @Prop.int()
  participants!: number;

  @Prop.strings({ nullable: true, description: 'Names: only for callers who manage registrations; otherwise null.' })
  names!: string[] | null;
}

export class MemberFocusArea implements C.MemberFocusArea {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  code!: FocusAreaCode;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;

  @Prop.int()
  participants!: number;
}

export class MemberContribution implements C.MemberContribution {
  @Prop.enum(['proposal', 'call-submission'])
  kind!: C.MemberContributionKind;

  @Prop.uuid()
  id!: string;

  @Prop.string()
  title!: string;

  @Prop.string()
  state!: string;

  @Prop.dateTime()
  createdAt!: string;
}

export class MemberEngagementResponse extends MemberEngagementSummary implements C.MemberEngagementResponse {
  @Prop.array(() => MemberConferenceEngagement)
  perConference!: MemberConferenceEngagement[];

  @Prop.array(() => MemberFocusArea)
  focusAreas!: MemberFocusArea[];

  @Prop.array(() => MemberContribution)
  contributions!: MemberContribution[];
}
