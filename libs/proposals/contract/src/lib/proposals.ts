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
