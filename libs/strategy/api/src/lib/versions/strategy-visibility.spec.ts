import { canSeeVersion } from './strategy-visibility';

describe('canSeeVersion', () => {
  it('shows adopted and replaced versions to everyone, signed in or not', () => {
    expect(canSeeVersion('adopted', undefined)).toBe(true);
    expect(canSeeVersion('replaced', [])).toBe(true);
  });

  it('shows drafts and versions in consultation to the committee, the council and admins only', () => {
    for (const state of ['draft', 'in-consultation'] as const) {
      expect(canSeeVersion(state, null)).toBe(false);
      expect(canSeeVersion(state, ['working-committee'])).toBe(true);
      expect(canSeeVersion(state, ['programme-council'])).toBe(true);
      expect(canSeeVersion(state, ['admin'])).toBe(true);
    }
  });
});
