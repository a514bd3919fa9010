import type { Role } from '@samverkan/identity/contract';
import { isDecidable, isEditable, isReviewable, isWithdrawable, mayKnowProposal, proposalActions } from './proposal-rules';

const viewer = (id: string, ...roles: Role[]) => ({ id, roles });
const council = viewer('c', 'programme-council');
const otherCouncil = viewer('o', 'programme-council');
const committee = viewer('w', 'working-committee');
const admin = viewer('a', 'admin');

describe('proposal rules', () => {
  it('lets the proposer edit a draft or a returned proposal, and withdraw until a decision', () => {
    expect(['draft', 'returned'].every((s) => isEditable(s as never))).toBe(true);
    expect(['submitted', 'in-review', 'accepted', 'rejected', 'withdrawn'].some((s) => isEditable(s as never))).toBe(false);
    expect(isWithdrawable('returned')).toBe(true);
    expect(isWithdrawable('accepted')).toBe(false);
    expect(isWithdrawable('withdrawn')).toBe(false);
  });

  it('reviews and decides only what is submitted and not decided', () => {
    for (const state of ['submitted', 'in-review'] as const) expect(isReviewable(state) && isDecidable(state)).toBe(true);
    for (const state of ['draft', 'returned', 'accepted', 'rejected', 'withdrawn'] as const)
      expect(isReviewable(state) || isDecidable(state)).toBe(false);
  });

  it('hides a draft from everyone but its proposer and those who may read drafts', () => {
    const draft = { state: 'draft' as const, proposerId: 'c' };
    expect(mayKnowProposal(draft, council)).toBe(true);
    expect(mayKnowProposal(draft, otherCouncil)).toBe(false);
    expect(mayKnowProposal(draft, committee)).toBe(false);
    expect(mayKnowProposal(draft, admin)).toBe(true);
  });

  it('shows a submitted proposal to readers of proposals only', () => {
    const submitted = { state: 'submitted' as const, proposerId: 'c' };
    expect([council, otherCouncil, committee, admin].every((v) => mayKnowProposal(submitted, v))).toBe(true);
    expect(mayKnowProposal(submitted, undefined)).toBe(false);
    expect(mayKnowProposal(submitted, viewer('x'))).toBe(false);
  });

  it('offers the proposer editing, another council member a review, and the committee a decision', () => {
    const submitted = { state: 'submitted' as const, proposerId: 'c' };
    expect(proposalActions({ ...submitted, state: 'draft' }, council)).toEqual({
      edit: true,
      submit: true,
      withdraw: true,
      review: false,
      decide: false,
    });
    expect(proposalActions(submitted, council)).toMatchObject({ edit: false, review: false });
    expect(proposalActions(submitted, otherCouncil)).toMatchObject({ review: true, decide: false, withdraw: false });
    expect(proposalActions(submitted, committee)).toMatchObject({ review: false, decide: true });
    expect(proposalActions({ ...submitted, state: 'accepted' }, committee)).toMatchObject({ decide: false });
  });
});
