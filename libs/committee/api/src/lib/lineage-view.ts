import type { ThemeLineageResponse } from '@samverkan/committee/contract';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { isCommittee, mayUseProposals } from '@samverkan/proposals/api';

/**
 * What a caller may see of where a theme came from. Staff see everything. The programme council
 * sees the proposal and who made it (they read proposals), not the meeting (meetings are the
 * committee's). Everyone else sees only that a decided proposal is behind the theme, and when:
 * no names, no internal titles or ids.
 */
export function lineageFor(entry: ThemeLineageResponse, user?: AuthenticatedUser): ThemeLineageResponse {
  if (isCommittee(user)) return entry;
  const meeting = { meetingId: null, meetingTitle: null };
  if (mayUseProposals(user)) return { ...entry, ...meeting };
  return { ...entry, ...meeting, proposalId: null, proposalTitle: null, proposerName: null };
}
