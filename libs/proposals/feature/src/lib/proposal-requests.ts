import { HttpClient, HttpParams } from '@angular/common/http';
import type { ProposalQuery, ProposalSummaryResponse } from '@samverkan/proposals/contract';
import type { Id, Page } from '@samverkan/shared/contract';
import type { Observable } from 'rxjs';

/** The proposals API's base address. */
export const PROPOSALS_URL = '/api/proposals';

export function proposalUrl(id: Id): string {
  return `${PROPOSALS_URL}/${encodeURIComponent(id)}`;
}

/** GET /api/proposals with only the query parameters that are set. */
export function getProposals(http: HttpClient, query: ProposalQuery = {}): Observable<Page<ProposalSummaryResponse>> {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return http.get<Page<ProposalSummaryResponse>>(PROPOSALS_URL, { params });
}
