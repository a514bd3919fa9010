import type { SelectQueryBuilder } from 'typeorm';
import { can } from '@samverkan/identity/contract';
import type { ProposalQuery } from '@samverkan/proposals/contract';
import type { Proposal } from '../proposal.entity';
import type { ProposalViewer } from '../proposal-rules';

/** `%`, `_` and `\` match themselves in a search, not any text. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The list's filters on a query over proposals `p`, every value a parameter. Others' drafts are left
 * out unless the viewer may read drafts.
 */
export function filterProposals<T extends SelectQueryBuilder<Proposal>>(qb: T, query: ProposalQuery, viewer: ProposalViewer): T {
  if (!can(viewer.roles, 'proposals.read-drafts')) qb.andWhere(`(p.state <> 'draft' OR p.proposerId = :viewerId)`, { viewerId: viewer.id });
  if (query.state) qb.andWhere('p.state = :state', { state: query.state });
  if (query.conferenceId) qb.andWhere('p.targetConferenceId = :conferenceId', { conferenceId: query.conferenceId });
  if (query.proposerId) qb.andWhere('p.proposerId = :proposerId', { proposerId: query.proposerId });
  if (query.focusArea)
    qb.andWhere(
      `EXISTS (SELECT 1 FROM proposal_focus_areas pf JOIN focus_areas f ON f.id = pf.focus_area_id
                WHERE pf.proposal_id = p.id AND f.code = :focusArea)`,
      { focusArea: query.focusArea },
    );
  if (query.search) qb.andWhere(`(p.title || ' ' || p.summary) ILIKE :search`, { search: `%${escapeLike(query.search)}%` });
  return qb;
}
