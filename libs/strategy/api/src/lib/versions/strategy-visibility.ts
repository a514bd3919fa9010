import { can } from '@samverkan/identity/contract';
import type { Role } from '@samverkan/identity/contract';
import type { StrategyState } from '@samverkan/strategy/contract';

/** States everyone may see: the adopted strategy and those it replaced. */
export const PUBLIC_STATES: readonly StrategyState[] = ['adopted', 'replaced'];

/** Whether someone with these roles may know a version in this state exists (drafts and consultations: `strategy.read-drafts`). */
export function canSeeVersion(state: StrategyState, roles: readonly Role[] | undefined | null): boolean {
  return PUBLIC_STATES.includes(state) || can(roles, 'strategy.read-drafts');
}
