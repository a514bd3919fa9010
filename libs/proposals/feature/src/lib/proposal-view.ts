import type { ProposalState } from '@samverkan/proposals/contract';
import type { Language } from '@samverkan/shared/ui';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';

/** States in which a proposal waits for the working committee's decision. */
export const AWAITING_DECISION: readonly ProposalState[] = ['submitted', 'in-review'];

/** "tisdag 14 april 2026 09:30": one moment in Stockholm time. */
export function dateTime(value: string, language: Language): string {
  return `${formatDate(value, language)} ${formatTime(value, language)}`;
}
