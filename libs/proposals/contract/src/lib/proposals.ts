import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { CallSubmissionOrigin } from './calls';

export const PROPOSAL_KINDS = ['theme', 'session', 'speaker'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_FORMATS = ['keynote', 'panel', 'seminar', 'workshop', 'study-visit', 'other'] as const;
export type ProposalFormat = (typeof PROPOSAL_FORMATS)[number];

export const PROPOSAL_STATES = ['draft', 'submitted', 'in-review', 'accepted', 'rejected', 'returned', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const DECISION_OUTCOMES = ['accept', 'reject', 'return'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const REVIEW_CRITERIA = ['relevance', 'quality', 'feasibility'] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];

export interface SuggestedSpeaker {
  name: string;
  organisation?: string | null;
  contact?: string | null;
}

export interface CreateProposalRequest {
  kind: ProposalKind;
  title: string;
  summary: string;
  description?: string | null;
  focusAreaCodes: FocusAreaCode[];
  targetConferenceId?: string | null;
  format?: ProposalFormat | null;
  durationMinutes?: number | null;
  speakers?: SuggestedSpeaker[];
}

export type UpdateProposalRequest = Partial<CreateProposalRequest>;

export interface ProposalSummaryResponse {
  id: string;
  kind: ProposalKind;
  title: string;
  summary: string;
  state: ProposalState;
  focusAreaCodes: FocusAreaCode[];
  targetConferenceId: string | null;
  targetConferenceTitle: string | null;
  proposerId: string;
  proposerName: string;
  submittedAt: string | null;
  commentCount: number;
  reviewCount: number;
  /** Mean per criterion; only for those who may see scores (committee, admin, reviewers who reviewed). */
  scores: Record<ReviewCriterion, number | null> | null;
  /**
   * The list answer only: the proposal's focus areas that are short (below the threshold) in its
   * conference's draft programme, or the next upcoming conference's when it has none (`gapAreasOf`).
   */
  gapAreaCodes?: FocusAreaCode[];
}

export interface ProposalDecision {
  outcome: DecisionOutcome;
  motivation: string;
  decidedAt: string;
  decidedById: string | null;
  /** The committee meeting whose minutes hold the decision. */
  meetingId: string | null;
}

export interface ProposalResponse extends ProposalSummaryResponse {
  description: string | null;
  format: ProposalFormat | null;
  durationMinutes: number | null;
  speakers: SuggestedSpeaker[];
  createdAt: string;
  updatedAt: string;
  decision: ProposalDecision | null;
  /** The open call's submission it was made from, if any. */
  origin: CallSubmissionOrigin | null;
  /** What the caller may do now. */
  can: { edit: boolean; submit: boolean; withdraw: boolean; review: boolean; decide: boolean };
}

export interface ProposalQuery {
  focusArea?: FocusAreaCode;
  state?: ProposalState;
  conferenceId?: string;
  proposerId?: string;
  search?: string;
  limit?: number;
  offset?: number;
}

export interface CommentResponse {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface CreateCommentRequest {
  body: string;
}

export interface ReviewRequest {
  relevance: number;
  quality: number;
  feasibility: number;
  text: string;
}

export interface ReviewResponse extends ReviewRequest {
  id: string;
  reviewerId: string;
  reviewerName: string;
  updatedAt: string;
}

export interface CriterionStats {
  mean: number | null;
  median: number | null;
  count: number;
}

export interface ReviewsResponse {
  /** The caller's own review, if any. */
  mine: ReviewResponse | null;
  /** Others' reviews: empty until the caller has reviewed (council) ; all for committee and admin. */
  reviews: ReviewResponse[];
  count: number;
  /** Mean, median and count per criterion; null when the caller may not see scores yet. */
  stats: Record<ReviewCriterion, CriterionStats> | null;
}

export interface DecideProposalRequest {
  outcome: DecisionOutcome;
  motivation: string;
}

// --- Gaps: would a proposal fill one? ------------------------------------------------------------

export const PROPOSAL_GAPS_URL = '/api/proposals/gaps';

/** GET /api/proposals/gaps: for this conference, or the next upcoming one when none is given. */
export interface ProposalGapsQuery {
  conferenceId?: string;
}

/** A focus area below the threshold in a conference's draft programme, and its share of the programme time. */
export interface FocusAreaGap {
  focusAreaCode: FocusAreaCode;
  share: number;
}

export interface ProposalGapsResponse {
  /** The conference looked at; null when none was given and none is upcoming. */
  conferenceId: string | null;
  conferenceTitle: string | null;
  minShare: number;
  programmeMinutes: number;
  /** The short areas, in the strategy's order. */
  shortAreas: FocusAreaGap[];
}

/** The proposal's focus areas that are short: a proposal with any of them fills a gap. */
export function gapAreasOf(focusAreaCodes: readonly FocusAreaCode[], shortAreas: readonly Pick<FocusAreaGap, 'focusAreaCode'>[]): FocusAreaCode[] {
  const short = new Set(shortAreas.map((gap) => gap.focusAreaCode));
  return [...new Set(focusAreaCodes)].filter((code) => short.has(code));
}
