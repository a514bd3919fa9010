/** A comment on one position of a version in consultation (council and committee members). */
export interface StrategyCommentResponse {
  id: string;
  positionId: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: string;
}

export const WORDING_PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type WordingProposalStatus = (typeof WORDING_PROPOSAL_STATUSES)[number];

/** A proposed new wording of a position; the committee accepts (the position gets the text) or rejects it, once. */
export interface WordingProposalResponse {
  id: string;
  positionId: string;
  proposerId: string;
  proposerName: string;
  text: string;
  status: WordingProposalStatus;
  /** The committee's reason for a rejection (optional). */
  reason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** Everything said about a version during its consultation, oldest first. */
export interface StrategyConsultationResponse {
  strategyId: string;
  comments: StrategyCommentResponse[];
  wordingProposals: WordingProposalResponse[];
}

export interface NewStrategyCommentRequest {
  text: string;
}

export interface NewWordingProposalRequest {
  text: string;
}

export interface WordingDecisionRequest {
  decision: 'accepted' | 'rejected';
  reason?: string;
}
