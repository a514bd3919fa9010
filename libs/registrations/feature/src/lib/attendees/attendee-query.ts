import type { OrganisationType } from '@samverkan/identity/contract';
import type { RegistrationStatus } from '@samverkan/registrations/contract';

/** The attendee list's filters as the form holds them ('' = any). */
export interface AttendeeFilter {
  search: string;
  status: RegistrationStatus | '';
  organisationType: OrganisationType | '';
  /** `<questionId>:<optionId|yes|no>` ('' or left out = any answer). */
  answer?: string;
}

export const EMPTY_ATTENDEE_FILTER: AttendeeFilter = { search: '', status: '', organisationType: '' };

/** Page sizes the paginator offers; the API allows up to 500. */
export const ATTENDEE_PAGE_SIZES = [25, 50, 100] as const;

/**
 * The query string for one page of the attendee list: only the filters in use (trimmed),
 * and limit/offset from the paginator's page index and size.
 */
export function attendeeQueryParams(filter: AttendeeFilter, page: { index: number; size: number }): Record<string, string> {
  const params: Record<string, string> = {};
  const search = filter.search.trim();
  if (search) params['search'] = search;
  if (filter.status) params['status'] = filter.status;
  if (filter.organisationType) params['organisationType'] = filter.organisationType;
  if (filter.answer) params['answer'] = filter.answer;
  const size = Math.min(Math.max(Math.floor(page.size), 1), 500);
  params['limit'] = String(size);
  params['offset'] = String(Math.max(Math.floor(page.index), 0) * size);
  return params;
}

/** Whether any filter narrows the list (to tell "no attendees yet" from "none match"). */
export function isFiltered(filter: AttendeeFilter): boolean {
  return filter.search.trim() !== '' || filter.status !== '' || filter.organisationType !== '' || !!filter.answer;
}
