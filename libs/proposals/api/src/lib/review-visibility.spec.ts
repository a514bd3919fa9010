import type { AuditEntryResponse } from '@samverkan/shared/api-audit';
import { auditVisibleTo, reviewViewer, seesOthersReviews } from './review-visibility';

const viewer = { committee: false, reviewedByMe: false, proposer: false };

describe('seesOthersReviews', () => {
  it('hides others’ reviews from a council member who has not reviewed, decided or not', () => {
    expect(seesOthersReviews(viewer, false)).toBe(false);
    expect(seesOthersReviews(viewer, true)).toBe(false);
  });
  it('shows them once the viewer has reviewed, to the committee always, and to the proposer after the decision', () => {
    expect(seesOthersReviews({ ...viewer, reviewedByMe: true }, false)).toBe(true);
    expect(seesOthersReviews({ ...viewer, committee: true }, false)).toBe(true);
    expect(seesOthersReviews({ ...viewer, proposer: true }, false)).toBe(false);
    expect(seesOthersReviews({ ...viewer, proposer: true }, true)).toBe(true);
  });
});

describe('reviewViewer', () => {
  it('counts those who decide on proposals as the committee, and knows the proposer', () => {
    expect(reviewViewer({ id: 'w', roles: ['working-committee'] }, 'c', false)).toEqual({
      committee: true,
      reviewedByMe: false,
      proposer: false,
    });
    expect(reviewViewer({ id: 'a', roles: ['admin'] }, 'c', false).committee).toBe(true);
    expect(reviewViewer({ id: 'c', roles: ['programme-council'] }, 'c', true)).toEqual({
      committee: false,
      reviewedByMe: true,
      proposer: true,
    });
  });
});

describe('auditVisibleTo', () => {
  const entry = (
    action: string,
    actorId: string,
    before: AuditEntryResponse['before'] = null,
    after: AuditEntryResponse['after'] = null,
  ) => ({
    action,
    actorId,
    actorName: `name of ${actorId}`,
    before,
    after,
    at: '2026-12-05T09:00:00.000Z',
  });
  const trail: AuditEntryResponse[] = [
    entry('created', 'proposer'),
    entry('review.created', 'other', null, { relevance: 5, quality: 4, feasibility: 3 }),
    entry('state', 'other', { state: 'submitted' }, { state: 'in-review' }),
    entry('review.created', 'me', null, { relevance: 2, quality: 2, feasibility: 2 }),
    entry('review.updated', 'other', { relevance: 5 }, { relevance: 1 }),
    entry('comment', 'other'),
  ];

  it('leaves the trail whole for someone who may see every review', () => {
    expect(auditVisibleTo(trail, 'me', true)).toEqual(trail);
  });

  it('keeps only the viewer’s own review entries and hides who started the review', () => {
    const seen = auditVisibleTo(trail, 'me', false);
    expect(seen.map((e) => e.action)).toEqual(['created', 'state', 'review.created', 'comment']);
    expect(seen.filter((e) => e.action.startsWith('review.')).every((e) => e.actorId === 'me')).toBe(true);
    expect(seen[1]).toMatchObject({ actorId: null, actorName: null });
    expect(JSON.stringify(seen)).not.toContain('"relevance":5');
    expect(seen[3]).toEqual(trail[5]);
  });

  it('names the viewer when their own review started the review', () => {
    const own = [entry('state', 'me', { state: 'submitted' }, { state: 'in-review' })];
    expect(auditVisibleTo(own, 'me', false)).toEqual(own);
  });
});
