import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { forbidden, refused } from '@samverkan/shared/api-http';
import type { ReviewDto } from '../dto/proposal.dto';
import { findVisibleProposal } from '../proposal-access';
import { Proposal, ProposalReview } from '../proposal.entity';
import { isReviewable } from '../proposal-rules';

/** A council member's review (the route needs `proposals.review`): one per member and proposal, replaced when edited. */
@Injectable()
export class ProposalReviewsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async putReview(id: string, body: ReviewDto, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await findVisibleProposal(manager, id, user, true);
      if (proposal.proposerId === user.id) throw forbidden('proposals.own-proposal-review');
      if (!isReviewable(proposal.state)) throw refused('proposals.not-reviewable');
      const repo = manager.getRepository(ProposalReview);
      const existing = await repo.findOneBy({ proposalId: id, reviewerId: user.id });
      const scores = { relevance: body.relevance, quality: body.quality, feasibility: body.feasibility };
      if (existing) {
        await repo.update({ id: existing.id }, { ...scores, text: body.text });
        await audit(manager, {
          subjectType: 'proposal',
          subjectId: id,
          action: 'review.updated',
          actorId: user.id,
          before: { relevance: existing.relevance, quality: existing.quality, feasibility: existing.feasibility },
          after: scores,
        });
      } else {
        await repo.insert({ proposalId: id, reviewerId: user.id, ...scores, text: body.text });
        await audit(manager, { subjectType: 'proposal', subjectId: id, action: 'review.created', actorId: user.id, after: scores });
      }
      // The first review starts the review.
      if (proposal.state === 'submitted') {
        await manager.getRepository(Proposal).update({ id }, { state: 'in-review' });
        await audit(manager, {
          subjectType: 'proposal',
          subjectId: id,
          action: 'state',
          actorId: user.id,
          before: { state: 'submitted' },
          after: { state: 'in-review' },
        });
      }
    });
  }
}
