// Request and response types of the evaluation domain: plain TypeScript, shared by api and web.
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** Scores are whole numbers from 1 (poor) to 5 (very good). */
export const EVALUATION_SCORES = [1, 2, 3, 4, 5] as const;
export type EvaluationScore = (typeof EVALUATION_SCORES)[number];

/** Days after a conference ends that its evaluation stays open, unless staff set another time. */
export const EVALUATION_OPEN_DAYS = 30;

/** At most this many characters in each free text. */
export const EVALUATION_TEXT_MAX = 2000;

/**
 * Where a person's evaluation stands: `not-ended` before the conference ends, `open` until it closes,
 * `closed` after; `not-confirmed` for a waitlisted or cancelled registration, `cancelled` when the
 * conference was cancelled (no evaluation).
 */
export const EVALUATION_STATES = ['not-ended', 'open', 'closed', 'not-confirmed', 'cancelled'] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

export interface EvaluationConference {
  id: string;
  titleSv: string;
  titleEn: string | null;
  startsAt: string;
  endsAt: string;
}

/** A programme item the person was signed up for, as published. */
export interface EvaluationSession {
  agendaItemId: string;
  titleSv: string;
  titleEn: string | null;
  startsAt: string | null;
  endsAt: string | null;
}

export interface EvaluationFocusArea {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
}

/** PUT /api/registrations/:manageToken/evaluation: the whole answer; it replaces an earlier one. */
export interface EvaluationAnswerRequest {
  overall: number;
  /** agendaItemId → score, only for the person's own programme items. */
  sessions?: Record<string, number>;
  keep?: string | null;
  change?: string | null;
  focusAreaCodes?: FocusAreaCode[];
}

export interface EvaluationAnswer {
  overall: number;
  sessions: Record<string, number>;
  keep: string | null;
  change: string | null;
  focusAreaCodes: FocusAreaCode[];
  updatedAt: string;
}

/** GET /api/registrations/:manageToken/evaluation (PUT answers the same after saving). */
export interface EvaluationForm {
  state: EvaluationState;
  conference: EvaluationConference;
  /** Until when answers are taken (and can be changed). */
  closesAt: string;
  sessions: EvaluationSession[];
  focusAreas: EvaluationFocusArea[];
  answer: EvaluationAnswer | null;
}

export interface ScoreCount {
  score: number;
  count: number;
}

export interface OverallResult {
  /** Mean score, two decimals; null without answers. */
  mean: number | null;
  /** One entry per score 1–5, zeros included. */
  distribution: ScoreCount[];
}

export interface SessionResult {
  agendaItemId: string;
  titleSv: string;
  titleEn: string | null;
  startsAt: string | null;
  /** Answers that scored this item. */
  count: number;
  /** Mean score, two decimals; null without answers. */
  mean: number | null;
}

export interface FocusAreaWish {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
  count: number;
}

/**
 * GET /api/conferences/:id/evaluation (staff): the results without names or registration ids. Texts
 * are sorted alphabetically, each list on its own, so neither time nor person can be read from them.
 */
export interface EvaluationResults {
  conference: EvaluationConference;
  state: Extract<EvaluationState, 'not-ended' | 'open' | 'closed' | 'cancelled'>;
  closesAt: string;
  /** When the invitations were sent; null before. */
  invitedAt: string | null;
  /** Confirmed participants (those invited). */
  invited: number;
  answers: number;
  overall: OverallResult;
  sessions: SessionResult[];
  keep: string[];
  change: string[];
  focusAreaWishes: FocusAreaWish[];
}

/** PUT /api/conferences/:id/evaluation/settings (staff): null goes back to the default close time. */
export interface EvaluationSettingsRequest {
  closesAt: string | null;
}

export interface EvaluationSettings {
  closesAt: string;
  /** The close time when none is set: EVALUATION_OPEN_DAYS after the end. */
  defaultClosesAt: string;
  invitedAt: string | null;
}

/** POST /api/conferences/:id/evaluation/invitations (staff). */
export interface EvaluationInvitationsResult {
  invitedAt: string;
  /** Mails written by this call: 0 when the invitations had already been sent. */
  recipients: number;
  alreadySent: boolean;
}

export function evaluationUrl(manageToken: string): string {
  return `/api/registrations/${manageToken}/evaluation`;
}

export function conferenceEvaluationUrl(conferenceId: string): string {
  return `/api/conferences/${conferenceId}/evaluation`;
}
