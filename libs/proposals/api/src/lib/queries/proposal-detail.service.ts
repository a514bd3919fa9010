import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { CommentResponse, ProposalResponse, ReviewResponse, ReviewsResponse } from '@samverkan/proposals/contract';
import { auditTrail, type AuditEntryResponse } from '@samverkan/shared/api-audit';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { findVisibleProposal } from '../proposal-access';
import { Proposal, ProposalComment, ProposalReview } from '../proposal.entity';
import { proposalActions } from '../proposal-rules';
import { auditVisibleTo, reviewViewer, seesOthersReviews } from '../review-visibility';
import { statsOf } from '../review-stats';
import { summaryQuery, toSummary, type SummaryRow } from './proposal-summary.query';

/**
 * One proposal as the viewer may see it: the proposal, its comments, its reviews and its history.
 * Every read answers 404 to those who may not know the proposal exists (`proposal-access.ts`), and
 * reviews follow the blind-review rule (`review-visibility.ts`).
 */
@Injectable()
export class ProposalDetailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string, viewer: AuthenticatedUser): Promise<ProposalResponse> {
    const proposal = await findVisibleProposal(this.dataSource.manager, id, viewer);
    const row = (await summaryQuery(this.dataSource.manager, viewer.id).where('p.id = :id', { id }).getRawOne<SummaryRow>()) as SummaryRow;
    return {
      ...toSummary(row, viewer),
      description: proposal.description,
      format: proposal.format,
      durationMinutes: proposal.durationMinutes,
      speakers: proposal.speakers,
      createdAt: toStockholmIso(proposal.createdAt),
      updatedAt: toStockholmIso(proposal.updatedAt),
      decision:
        proposal.decisionOutcome && proposal.decidedAt
          ? {
              outcome: proposal.decisionOutcome,
              motivation: proposal.decisionMotivation ?? '',
              decidedAt: toStockholmIso(proposal.decidedAt),
              decidedById: proposal.decidedById,
              meetingId: proposal.decisionMeetingId,
            }
          : null,
      origin: await this.origin(id),
      can: proposalActions(proposal, viewer),
    };
  }

  /** The open call's submission the proposal was made from (calls.review accepted it), if any. */
  private async origin(id: string): Promise<ProposalResponse['origin']> {
    const [row] = await this.dataSource.query<{ id: string; call_id: string; name: string; organisation_name: string; created_at: Date }[]>(
      `SELECT id, call_id, name, organisation_name, created_at FROM call_submissions WHERE proposal_id = $1`,
      [id],
    );
    return row
      ? { submissionId: row.id, callId: row.call_id, submitterName: row.name, organisationName: row.organisation_name, submittedAt: toStockholmIso(row.created_at) }
      : null;
  }

  async comments(id: string, viewer: AuthenticatedUser): Promise<CommentResponse[]> {
    await findVisibleProposal(this.dataSource.manager, id, viewer);
    const rows = await this.dataSource
      .getRepository(ProposalComment)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.author', 'a')
      .where('c.proposalId = :id', { id })
      .orderBy('c.createdAt', 'ASC')
      .getMany();
    return rows.map((c) => ({
      id: c.id,
      authorId: c.authorId,
      authorName: c.author?.name ?? '',
      body: c.body,
      createdAt: toStockholmIso(c.createdAt),
    }));
  }

  /** The viewer's own review always; others' reviews and the statistics only when the blind-review rule allows. */
  async reviews(id: string, viewer: AuthenticatedUser): Promise<ReviewsResponse> {
    const proposal = await findVisibleProposal(this.dataSource.manager, id, viewer);
    const all = await this.dataSource
      .getRepository(ProposalReview)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.reviewer', 'u')
      .where('r.proposalId = :id', { id })
      .orderBy('r.createdAt', 'ASC')
      .getMany();
    const mine = all.find((r) => r.reviewerId === viewer.id) ?? null;
    const seesAll = seesOthersReviewsOf(proposal, viewer, !!mine);
    return {
      mine: mine ? toReview(mine) : null,
      reviews: seesAll ? all.filter((r) => r.reviewerId !== viewer.id).map(toReview) : [],
      count: all.length,
      stats: seesAll ? statsOf(all) : null,
    };
  }

  /** The proposal's history, with reviews hidden by the same blind-review rule as the review list. */
  async auditLog(id: string, viewer: AuthenticatedUser): Promise<AuditEntryResponse[]> {
    const proposal = await findVisibleProposal(this.dataSource.manager, id, viewer);
    const reviewedByMe = await this.dataSource.getRepository(ProposalReview).existsBy({ proposalId: id, reviewerId: viewer.id });
    const trail = await auditTrail(this.dataSource.manager, 'proposal', id);
    return auditVisibleTo(trail, viewer.id, seesOthersReviewsOf(proposal, viewer, reviewedByMe));
  }
}

function seesOthersReviewsOf(proposal: Proposal, viewer: AuthenticatedUser, reviewedByMe: boolean): boolean {
  return seesOthersReviews(reviewViewer(viewer, proposal.proposerId, reviewedByMe), !!proposal.decisionOutcome);
}

function toReview(r: ProposalReview): ReviewResponse {
  return {
    id: r.id,
    reviewerId: r.reviewerId,
    reviewerName: r.reviewer?.name ?? '',
    relevance: r.relevance,
    quality: r.quality,
    feasibility: r.feasibility,
    text: r.text,
    updatedAt: toStockholmIso(r.updatedAt),
  };
}
