import type { ProposalResponse, ReviewsResponse } from '@samverkan/proposals/contract';

/** What the reviews panel shows the person looking at it. */
export interface ReviewPanelView {
  /** The review form: council members who are not the proposer, while the proposal is under review. */
  showForm: boolean;
  hasOwnReview: boolean;
  /** Others' reviews and the statistics (the API sends them only to those who may see them). */
  showOthers: boolean;
  /** Why scores are not shown yet (translation key), or null when there is nothing to explain. */
  note: string | null;
}

/**
 * Council members score independently: others' scores stay hidden until they have submitted their
 * own review (the API enforces it by leaving `reviews` empty and `stats` null). The committee and
 * administrators see everything; the proposer sees the scores once the committee has decided.
 */
export function reviewPanelView(
  proposal: Pick<ProposalResponse, 'can' | 'proposerId' | 'decision'>,
  reviews: ReviewsResponse,
  viewerId: string | null,
): ReviewPanelView {
  const hasOwnReview = reviews.mine !== null;
  const showOthers = reviews.stats !== null;
  const showForm = proposal.can.review;
  let note: string | null = null;
  if (showForm && !hasOwnReview) {
    note = 'proposals.reviews.hiddenUntilOwn';
  } else if (!showOthers) {
    note =
      viewerId !== null && viewerId === proposal.proposerId ? 'proposals.reviews.hiddenForProposer' : 'proposals.reviews.hiddenForOthers';
  }
  return { showForm, hasOwnReview, showOthers, note };
}
