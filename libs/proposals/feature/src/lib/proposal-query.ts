import type { ProposalQuery, ProposalState } from '@samverkan/proposals/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** The proposal list's filters as the form holds them ('' = any). */
export interface ProposalFilter {
  search: string;
  focusArea: FocusAreaCode | '';
  state: ProposalState | '';
  conferenceId: string;
  /** Only the signed-in person's own proposals. */
  mine: boolean;
}

export const EMPTY_PROPOSAL_FILTER: ProposalFilter = { search: '', focusArea: '', state: '', conferenceId: '', mine: false };

/** Page sizes the paginator offers; the API allows up to 500. */
export const PROPOSAL_PAGE_SIZES = [20, 50, 100] as const;

/** The API query for one page of the list: only the filters in use, limit/offset from the paginator. */
export function proposalQuery(filter: ProposalFilter, page: { index: number; size: number }, userId: string | null): ProposalQuery {
  const query: ProposalQuery = {};
  const search = filter.search.trim();
  if (search) query.search = search;
  if (filter.focusArea) query.focusArea = filter.focusArea;
  if (filter.state) query.state = filter.state;
  if (filter.conferenceId) query.conferenceId = filter.conferenceId;
  if (filter.mine && userId) query.proposerId = userId;
  const size = Math.min(Math.max(Math.floor(page.size), 1), 500);
  query.limit = size;
  query.offset = Math.max(Math.floor(page.index), 0) * size;
  return query;
}

/** Whether any filter narrows the list (to tell "no proposals yet" from "none match"). */
export function isFiltered(filter: ProposalFilter): boolean {
  return !!filter.search.trim() || !!filter.focusArea || !!filter.state || !!filter.conferenceId || filter.mine;
}
