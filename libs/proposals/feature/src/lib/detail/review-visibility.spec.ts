import type { ReviewResponse, ReviewsResponse } from '@samverkan/proposals/contract';
import { aProposal } from '../../testing/fixtures';
import { reviewPanelView } from './review-visibility';

const review = (reviewerId: string): ReviewResponse => ({
  id: `r-${reviewerId}`,
  reviewerId,
  reviewerName: reviewerId,
  relevance: 4,
  quality: 4,
  feasibility: 5,
  text: 'Bra.',
  updatedAt: '2027-01-12T10:00:00+01:00',
});
const stats = {
  relevance: { mean: 4, median: 4, count: 1 },
  quality: { mean: 4, median: 4, count: 1 },
  feasibility: { mean: 5, median: 5, count: 1 },
};
const hidden: ReviewsResponse = { mine: null, reviews: [], count: 1, stats: null };

describe('reviewPanelView', () => {
  it('asks a council member who has not reviewed for a review, and explains that scores appear after', () => {
    expect(reviewPanelView(aProposal(), hidden, 'u-karin')).toEqual({
      showForm: true,
      hasOwnReview: false,
      showOthers: false,
      note: 'proposals.reviews.hiddenUntilOwn',
    });
  });

  it("shows others' reviews and the statistics once the member has reviewed", () => {
    const visible: ReviewsResponse = { mine: review('u-karin'), reviews: [review('u-olle')], count: 2, stats };
    expect(reviewPanelView(aProposal(), visible, 'u-karin')).toEqual({ showForm: true, hasOwnReview: true, showOthers: true, note: null });
  });

  it('tells the proposer the reviews come after the decision', () => {
    const mine = aProposal({ can: { edit: false, submit: false, withdraw: true, review: false, decide: false } });
    expect(reviewPanelView(mine, hidden, 'u-pelle')).toEqual({
      showForm: false,
      hasOwnReview: false,
      showOthers: false,
      note: 'proposals.reviews.hiddenForProposer',
    });
  });

  it('shows the committee everything without a form', () => {
    const committee = aProposal({ can: { edit: false, submit: false, withdraw: false, review: false, decide: true } });
    const all: ReviewsResponse = { mine: null, reviews: [review('u-karin')], count: 1, stats };
    expect(reviewPanelView(committee, all, 'u-ulla')).toEqual({ showForm: false, hasOwnReview: false, showOthers: true, note: null });
  });

  it('explains hidden scores to a member who can no longer review a decided proposal', () => {
    const decided = aProposal({ state: 'accepted', can: { edit: false, submit: false, withdraw: false, review: false, decide: false } });
    expect(reviewPanelView(decided, hidden, 'u-karin').note).toBe('proposals.reviews.hiddenForOthers');
  });
});
