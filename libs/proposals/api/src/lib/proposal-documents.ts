import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@samverkan/identity/contract';
import type { DocumentActor, DocumentParentPolicy } from '@samverkan/shared/api-documents';
import { Proposal } from './proposal.entity';
import { mayKnowProposal } from './proposal-rules';

/**
 * Files of a proposal: whoever may know the proposal exists (its proposer, and the programme council,
 * the working committee and admin once it is submitted; a draft only its proposer and admin) reads and
 * attaches them. Everyone else gets 404, as for the proposal itself.
 */
@Injectable()
export class ProposalDocumentPolicy implements DocumentParentPolicy {
  readonly parentType = 'proposal' as const;

  async mayRead(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    const user = actor.user;
    if (!user) return false;
    const proposal = await manager.getRepository(Proposal).findOne({ where: { id: parentId }, select: { id: true, state: true, proposerId: true } });
    if (!proposal) return false;
    return proposal.proposerId === user.id || mayKnowProposal(proposal, { id: user.id, roles: user.roles as readonly Role[] });
  }

  mayAttach(actor: DocumentActor, parentId: string, manager: EntityManager): Promise<boolean> {
    return this.mayRead(actor, parentId, manager);
  }
}
