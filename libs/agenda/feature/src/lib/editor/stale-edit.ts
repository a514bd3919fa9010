import type { AgendaItemResponse, UpdateAgendaItemRequest } from '@samverkan/agenda/contract';
import { isApiError } from '@samverkan/shared/ui';

/** The current item when an edit was refused as stale (409, errors.version = 'stale'), else null. */
export function staleCurrent(error: unknown): AgendaItemResponse | null {
  if (!isApiError(error) || error.statusCode !== 409 || error.errors?.['version'] !== 'stale') return null;
  const current = error.context['current'];
  return current && typeof current === 'object' ? (current as AgendaItemResponse) : null;
}

export type StaleChoice = 'mine' | 'theirs';

export type StaleResolution =
  /** Send my change again, now based on the current version. */
  | { kind: 'resend'; body: UpdateAgendaItemRequest }
  /** Drop my change and show the current item. */
  | { kind: 'accept'; item: AgendaItemResponse };

/** What to do after the user chose in the 409 dialog. */
export function resolveStale(choice: StaleChoice, mine: UpdateAgendaItemRequest, current: AgendaItemResponse): StaleResolution {
  return choice === 'mine' ? { kind: 'resend', body: { ...mine, version: current.version } } : { kind: 'accept', item: current };
}

/** The fields my change touches, with my value and the current one, for the 409 dialog (speakers as register ids). */
export function staleDifferences(
  mine: UpdateAgendaItemRequest,
  current: AgendaItemResponse,
): { field: string; mine: unknown; theirs: unknown }[] {
  return Object.entries(mine)
    .filter(([field]) => field !== 'version')
    .map(([field, value]) => ({
      field,
      mine: value,
      theirs: field === 'speakerIds' ? current.speakers.map((s) => s.id) : (current as unknown as Record<string, unknown>)[field],
    }));
}
