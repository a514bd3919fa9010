import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/proposals/contract';
import { CALL_SUBMISSION_KINDS, CALL_SUBMISSION_STATUSES } from '@samverkan/proposals/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class CallFocusArea implements C.CallFocusArea {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  code!: FocusAreaCode;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;
}

export class CallResponse implements C.CallResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  conferenceId!: string;

  @Prop.string()
  conferenceTitleSv!: string;

  @Prop.string({ nullable: true })
  conferenceTitleEn!: string | null;

  @Prop.string()
  titleSv!: string;

  @Prop.string({ nullable: true })
  titleEn!: string | null;

  @Prop.string()
  textSv!: string;

  @Prop.string({ nullable: true })
  textEn!: string | null;

  @Prop.dateTime()
  opensAt!: string;

  @Prop.dateTime()
  closesAt!: string;

  @Prop.boolean({ description: 'Open now: after opensAt and before closesAt.' })
  open!: boolean;

  @Prop.array(() => CallFocusArea)
  focusAreas!: CallFocusArea[];
}

export class CallSubmissionReceivedResponse implements C.CallSubmissionReceivedResponse {
  @Prop.uuid()
  submissionId!: string;

  @Prop.string({
    description: 'Lets the browser attach one file to the submission (POST /api/documents, parentType call-submission) within the hour.',
  })
  uploadToken!: string;
}

export class CallSubmissionConfirmedResponse implements C.CallSubmissionConfirmedResponse {
  @Prop.uuid()
  callId!: string;

  @Prop.string()
  callTitleSv!: string;

  @Prop.string({ nullable: true })
  callTitleEn!: string | null;

  @Prop.string()
  title!: string;

  @Prop.dateTime()
  confirmedAt!: string;

  @Prop.boolean()
  alreadyConfirmed!: boolean;
}

export class CallSubmissionResponse implements C.CallSubmissionResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  callId!: string;

  @Prop.string()
  name!: string;

  @Prop.string()
  organisationName!: string;

  @Prop.string()
  email!: string;

  @Prop.string()
  title!: string;

  @Prop.string()
  summary!: string;

  @Prop.enum(CALL_SUBMISSION_KINDS)
  kind!: C.CallSubmissionKind;

  @Prop.strings(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCodes!: FocusAreaCode[];

  @Prop.dateTime()
  submittedAt!: string;

  @Prop.dateTime()
  confirmedAt!: string;

  @Prop.enum(CALL_SUBMISSION_STATUSES)
  status!: C.CallSubmissionStatus;

  @Prop.dateTime({ nullable: true })
  decidedAt!: string | null;

  @Prop.string({ nullable: true })
  decidedByName!: string | null;

  @Prop.string({ nullable: true })
  declineReason!: string | null;

  @Prop.uuid({ nullable: true })
  proposalId!: string | null;
}
