import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { CommentResponse } from '@samverkan/proposals/contract';
import { refused } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { findVisibleProposal } from '../proposal-access';
import { ProposalComment } from '../proposal.entity';

/** Comments on a proposal: by anyone who may see it, once it is submitted. */
@Injectable()
export class ProposalCommentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async addComment(id: string, body: string, user: AuthenticatedUser): Promise<CommentResponse> {
    const proposal = await findVisibleProposal(this.dataSource.manager, id, user);
    if (proposal.state === 'draft') throw refused('proposals.draft-not-commentable');
    const saved = await this.dataSource.getRepository(ProposalComment).save({ proposalId: id, authorId: user.id, body });
    return { id: saved.id, authorId: user.id, authorName: user.name, body, createdAt: toStockholmIso(saved.createdAt) };
  }
}
