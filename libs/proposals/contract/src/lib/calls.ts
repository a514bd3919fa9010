import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** What a visitor offers through an open call: a programme item (session) or a theme. */
export const CALL_SUBMISSION_KINDS = ['session', 'theme'] as const;
export type CallSubmissionKind = (typeof CALL_SUBMISSION_KINDS)[number];

/** Where a confirmed submission stands; unconfirmed ones are never shown. */
export const CALL_SUBMISSION_STATUSES = ['confirmed', 'accepted', 'declined'] as const;
export type CallSubmissionStatus = (typeof CALL_SUBMISSION_STATUSES)[number];

export type CallLanguage = 'sv' | 'en';

export interface CreateCallRequest {
  titleSv: string;
  titleEn?: string | null;
  textSv: string;
  textEn?: string | null;
  opensAt: string;
  closesAt: string;
  focusAreaCodes: FocusAreaCode[];
}

export type UpdateCallRequest = Partial<CreateCallRequest>;

export interface CallFocusArea {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
}

export interface CallResponse {
  id: string;
  conferenceId: string;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  titleSv: string;
  titleEn: string | null;
  textSv: string;
  textEn: string | null;
  opensAt: string;
  closesAt: string;
  /** Open now: after `opensAt` and before `closesAt`. */
  open: boolean;
  focusAreas: CallFocusArea[];
}

export interface CreateCallSubmissionRequest {
  name: string;
  organisationName: string;
  email: string;
  title: string;
  summary: string;
  focusAreaCodes: FocusAreaCode[];
  kind?: CallSubmissionKind;
  /** The language of the mails to the submitter (default Swedish). */
  language?: CallLanguage;
  /** Left empty by people: a form field hidden from them. */
  website?: string;
}

/** 202: the submission waits for its e-mail confirmation; `uploadToken` lets the browser attach one file within the hour. */
export interface CallSubmissionReceivedResponse {
  submissionId: string;
  uploadToken: string;
}

export interface ConfirmCallSubmissionRequest {
  token: string;
}

export interface CallSubmissionConfirmedResponse {
  callId: string;
  callTitleSv: string;
  callTitleEn: string | null;
  title: string;
  confirmedAt: string;
  /** The link had been followed before. */
  alreadyConfirmed: boolean;
}

export interface CallSubmissionResponse {
  id: string;
  callId: string;
  name: string;
  organisationName: string;
  email: string;
  title: string;
  summary: string;
  kind: CallSubmissionKind;
  focusAreaCodes: FocusAreaCode[];
  submittedAt: string;
  confirmedAt: string;
  status: CallSubmissionStatus;
  decidedAt: string | null;
  decidedByName: string | null;
  declineReason: string | null;
  /** The council proposal made from it (accepted). */
  proposalId: string | null;
}

export interface DeclineCallSubmissionRequest {
  reason: string;
}

/** Where a proposal came from when it was made from an open call's submission. */
export interface CallSubmissionOrigin {
  submissionId: string;
  callId: string;
  submitterName: string;
  organisationName: string;
  submittedAt: string;
}
