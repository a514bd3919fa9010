import type { ThemeLineageResponse } from '@samverkan/conferences/contract';
import { can, type Role } from '@samverkan/identity/contract';

/**
 * What a caller may see of where a theme came from. Those who manage meetings see everything. Readers
 * of proposals (the programme council) see the proposal and who made it, not the meeting. Everyone
 * else sees only that a decided proposal is behind the theme, and when: no names, no internal titles
 * or ids; of an open call's submission behind the proposal only its day, not who sent it.
 */
export function lineageFor(entry: ThemeLineageResponse, viewer?: { roles: readonly Role[] }): ThemeLineageResponse {
  if (can(viewer?.roles, 'meetings.manage')) return entry;
  const meeting = { meetingId: null, meetingTitle: null };
  if (can(viewer?.roles, 'proposals.read')) return { ...entry, ...meeting };
  const origin = entry.origin ? { ...entry.origin, submitterName: null, organisationName: null } : null;
  return { ...entry, ...meeting, proposalId: null, proposalTitle: null, proposerName: null, origin };
}
