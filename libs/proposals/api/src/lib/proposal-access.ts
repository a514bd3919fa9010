import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { forbidden, notFound } from '@samverkan/shared/api-http';
import { Proposal } from './proposal.entity';
import { mayKnowProposal } from './proposal-rules';

/** The proposal, or 404 (`proposals.not-found`) for an unknown id and for everyone who may not know it exists. */
export async function findVisibleProposal(
  manager: EntityManager,
  id: string,
  user: AuthenticatedUser | undefined,
  lock = false,
): Promise<Proposal> {
  const proposal = await manager
    .getRepository(Proposal)
    .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
  if (!proposal || !mayKnowProposal(proposal, user)) throw notFound('proposals.not-found');
  return proposal;
}

/** The caller's own proposal, locked for a change; someone else's is 403 (`proposals.not-proposer`). */
export async function lockOwnProposal(manager: EntityManager, id: string, user: AuthenticatedUser): Promise<Proposal> {
  const proposal = await findVisibleProposal(manager, id, user, true);
  if (proposal.proposerId !== user.id) throw forbidden('proposals.not-proposer');
  return proposal;
}
