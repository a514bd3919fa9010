import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { ProposalState, ProposalSummaryResponse, ReviewCriterion } from '@samverkan/proposals/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { Proposal } from '../proposal.entity';
import type { ProposalViewer } from '../proposal-rules';
import { reviewViewer, seesOthersReviews } from '../review-visibility';
import { roundScore } from '../review-stats';

/** A summary row as the query below reads it. */
export interface SummaryRow {
  id: string;
  kind: ProposalSummaryResponse['kind'];
  title: string;
  summary: string;
  state: ProposalState;
  focus_codes: FocusAreaCode[] | null;
  target_conference_id: string | null;
  target_conference_title: string | null;
  proposer_id: string;
  proposer_name: string;
  submitted_at: Date | null;
  decided: boolean;
  comment_count: number;
  reviews: { count: number; mine: boolean } & Record<ReviewCriterion, number | null>;
}

const FOCUS_CODES = `(SELECT array_agg(f.code ORDER BY f.position) FROM proposal_focus_areas pf
                       JOIN focus_areas f ON f.id = pf.focus_area_id WHERE pf.proposal_id = p.id)`;
const COMMENT_COUNT = `(SELECT count(*)::int FROM proposal_comments pc WHERE pc.proposal_id = p.id)`;
/** Review count, whether the viewer reviewed, and the mean per criterion: one subquery per proposal shown. */
const REVIEWS = `(SELECT json_build_object('count', count(*), 'mine', coalesce(bool_or(pr.reviewer_id = :viewerId), false),
                         'relevance', avg(pr.relevance), 'quality', avg(pr.quality), 'feasibility', avg(pr.feasibility))
                    FROM proposal_reviews pr WHERE pr.proposal_id = p.id)`;

/**
 * The proposal summaries (focus areas, comment count, review aggregates) as the viewer's query: one
 * statement whatever the number of proposals, reviews and comments. The list adds its filters and
 * page, the detail page its id.
 */
export function summaryQuery(manager: EntityManager, viewerId: string): SelectQueryBuilder<Proposal> {
  return manager
    .getRepository(Proposal)
    .createQueryBuilder('p')
    .select('p.id', 'id')
    .addSelect('p.kind', 'kind')
    .addSelect('p.title', 'title')
    .addSelect('p.summary', 'summary')
    .addSelect('p.state', 'state')
    .addSelect('p.targetConferenceId', 'target_conference_id')
    .addSelect('c.titleSv', 'target_conference_title')
    .addSelect('p.proposerId', 'proposer_id')
    .addSelect('u.name', 'proposer_name')
    .addSelect('p.submittedAt', 'submitted_at')
    .addSelect('p.decisionOutcome IS NOT NULL', 'decided')
    .addSelect(FOCUS_CODES, 'focus_codes')
    .addSelect(COMMENT_COUNT, 'comment_count')
    .addSelect(REVIEWS, 'reviews')
    .innerJoin('p.proposer', 'u')
    .leftJoin('p.targetConference', 'c')
    .setParameter('viewerId', viewerId);
}

/** A summary as the viewer may see it: mean scores only under the blind-review rule. */
export function toSummary(row: SummaryRow, viewer: ProposalViewer): ProposalSummaryResponse {
  const seesScores = seesOthersReviews(reviewViewer(viewer, row.proposer_id, row.reviews.mine), row.decided);
  const mean = (value: number | null) => (value === null ? null : roundScore(Number(value)));
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    state: row.state,
    focusAreaCodes: row.focus_codes ?? [],
    targetConferenceId: row.target_conference_id,
    targetConferenceTitle: row.target_conference_title,
    proposerId: row.proposer_id,
    proposerName: row.proposer_name,
    submittedAt: row.submitted_at ? toStockholmIso(row.submitted_at) : null,
    commentCount: row.comment_count,
    reviewCount: row.reviews.count,
    scores: seesScores
      ? { relevance: mean(row.reviews.relevance), quality: mean(row.reviews.quality), feasibility: mean(row.reviews.feasibility) }
      : null,
  };
}
