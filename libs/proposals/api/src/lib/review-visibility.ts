import { can, type Role } from '@samverkan/identity/contract';
import type { AuditEntryResponse } from '@samverkan/shared/api-audit';

/** What decides whether someone may see other people's reviews of a proposal. */
export interface ReviewViewer {
  /** May decide on proposals (`proposals.decide`): they decide, so they see every review. */
  committee: boolean;
  /** The viewer has submitted a review of this proposal. */
  reviewedByMe: boolean;
  /** The viewer proposed it. */
  proposer: boolean;
}

/**
 * Blind review: others' scores and names stay hidden from a council member until their own review is
 * in, and from the proposer until the committee has decided. One rule for every route that can show
 * a review: the review list, the proposal summary's mean scores and the audit trail.
 */
export function seesOthersReviews(viewer: ReviewViewer, decided: boolean): boolean {
  return viewer.committee || viewer.reviewedByMe || (viewer.proposer && decided);
}

/** The review viewer for a signed-in person looking at a proposal. */
export function reviewViewer(viewer: { id: string; roles: readonly Role[] }, proposerId: string, reviewedByMe: boolean): ReviewViewer {
  return { committee: can(viewer.roles, 'proposals.decide'), reviewedByMe, proposer: proposerId === viewer.id };
}

const isReviewEntry = (entry: AuditEntryResponse) => entry.action.startsWith('review.');
/** The first review moves a proposal from submitted to in review, so that entry's actor is a reviewer. */
const isReviewStart = (entry: AuditEntryResponse) =>
  entry.action === 'state' && entry.before?.['state'] === 'submitted' && entry.after?.['state'] === 'in-review';

/**
 * The audit trail as a viewer who may not see others' reviews may see it: others' review entries are
 * left out (their own stay), and the actor of the state change a review caused is not named.
 */
export function auditVisibleTo(entries: AuditEntryResponse[], viewerId: string, seesAll: boolean): AuditEntryResponse[] {
  if (seesAll) return entries;
  return entries
    .filter((entry) => !isReviewEntry(entry) || entry.actorId === viewerId)
    .map((entry) => (isReviewStart(entry) && entry.actorId !== viewerId ? { ...entry, actorId: null, actorName: null } : entry));
}
