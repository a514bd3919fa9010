import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddCitationRequest,
  StrategyCitationsResponse,
  StrategyEvidenceResponse,
  StrategySuggestionsResponse,
} from '@samverkan/strategy/contract';
import type { Observable } from 'rxjs';

/** The filters of the evidence panel (all optional). */
export interface EvidenceFilters {
  fromYear?: number | null;
  toYear?: number | null;
  conferenceIds?: string[];
  /** Conferences with evidence to skip (the next page). */
  offset?: number;
}

function params(filters: EvidenceFilters, extra: Record<string, string> = {}): HttpParams {
  let p = new HttpParams({ fromObject: extra });
  if (filters.fromYear) p = p.set('fromYear', String(filters.fromYear));
  if (filters.toYear) p = p.set('toYear', String(filters.toYear));
  if (filters.conferenceIds?.length) p = p.set('conferenceIds', filters.conferenceIds.join(','));
  if (filters.offset) p = p.set('offset', String(filters.offset));
  return p;
}

/** Drafting with evidence (docs/api-contract.md, "Strategy work"): evidence, suggestions, citations. */
@Injectable({ providedIn: 'root' })
export class EvidenceApi {
  private readonly http = inject(HttpClient);

  evidence(id: string, focusArea: string, filters: EvidenceFilters = {}): Observable<StrategyEvidenceResponse> {
    return this.http.get<StrategyEvidenceResponse>(`/api/strategies/${id}/evidence`, { params: params(filters, { focusArea }) });
  }

  suggestions(id: string, filters: EvidenceFilters = {}): Observable<StrategySuggestionsResponse> {
    return this.http.get<StrategySuggestionsResponse>(`/api/strategies/${id}/suggestions`, { params: params(filters) });
  }

  citations(id: string): Observable<StrategyCitationsResponse> {
    return this.http.get<StrategyCitationsResponse>(`/api/strategies/${id}/citations`);
  }

  cite(id: string, body: AddCitationRequest): Observable<StrategyCitationsResponse> {
    return this.http.post<StrategyCitationsResponse>(`/api/strategies/${id}/citations`, body);
  }

  remove(id: string, citationId: string): Observable<StrategyCitationsResponse> {
    return this.http.delete<StrategyCitationsResponse>(`/api/strategies/${id}/citations/${citationId}`);
  }
}
