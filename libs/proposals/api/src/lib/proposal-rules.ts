import { can } from '@samverkan/identity/contract';
import type { Role } from '@samverkan/identity/contract';
import type { DecisionOutcome, ProposalResponse, ProposalState } from '@samverkan/proposals/contract';

/** Who is looking at a proposal: their id and roles. */
export interface ProposalViewer {
  id: string;
  roles: readonly Role[];
}

/** The proposal facts the rules below read. */
export interface ProposalFacts {
  state: ProposalState;
  proposerId: string;
}

const EDITABLE: readonly ProposalState[] = ['draft', 'returned'];
const REVIEWABLE: readonly ProposalState[] = ['submitted', 'in-review'];
const DECIDABLE: readonly ProposalState[] = ['submitted', 'in-review'];
const WITHDRAWABLE: readonly ProposalState[] = ['draft', 'submitted', 'in-review', 'returned'];

/** The proposer edits and submits a draft, or a proposal the committee sent back. */
export const isEditable = (state: ProposalState) => EDITABLE.includes(state);
/** The council reviews what is submitted and not yet decided. */
export const isReviewable = (state: ProposalState) => REVIEWABLE.includes(state);
/** The committee decides on what is submitted and not yet decided. */
export const isDecidable = (state: ProposalState) => DECIDABLE.includes(state);
/** The proposer may withdraw anything not decided (a returned proposal too). */
export const isWithdrawable = (state: ProposalState) => WITHDRAWABLE.includes(state);

/** The status a decision leaves the proposal in. */
export const OUTCOME_STATE: Record<DecisionOutcome, ProposalState> = { accept: 'accepted', reject: 'rejected', return: 'returned' };

/**
 * Who may know a proposal exists: readers of proposals see every submitted one; a draft only its
 * proposer and those who may read drafts. Everyone else gets 404.
 */
export function mayKnowProposal(proposal: ProposalFacts, viewer: ProposalViewer | undefined): boolean {
  if (!viewer || !can(viewer.roles, 'proposals.read')) return false;
  return proposal.state !== 'draft' || proposal.proposerId === viewer.id || can(viewer.roles, 'proposals.read-drafts');
}

/** What the viewer may do with the proposal now (the detail page's buttons). */
export function proposalActions(proposal: ProposalFacts, viewer: ProposalViewer): ProposalResponse['can'] {
  const mine = proposal.proposerId === viewer.id;
  return {
    edit: mine && isEditable(proposal.state),
    submit: mine && isEditable(proposal.state),
    withdraw: mine && isWithdrawable(proposal.state),
    review: can(viewer.roles, 'proposals.review') && !mine && isReviewable(proposal.state),
    decide: can(viewer.roles, 'proposals.decide') && isDecidable(proposal.state),
  };
}
