import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateStrategyDraftRequest,
  StrategyContentRequest,
  StrategyVersionResponse,
  StrategyVersionSummary,
} from '@samverkan/strategy/contract';
import type { Observable } from 'rxjs';

/** The strategy versions' routes (docs/api-contract.md, "Strategy work"). */
@Injectable({ providedIn: 'root' })
export class StrategyApi {
  private readonly http = inject(HttpClient);

  list(): Observable<StrategyVersionSummary[]> {
    return this.http.get<StrategyVersionSummary[]>('/api/strategies');
  }

  get(id: string): Observable<StrategyVersionResponse> {
    return this.http.get<StrategyVersionResponse>(`/api/strategies/${id}`);
  }

  createDraft(body: CreateStrategyDraftRequest): Observable<StrategyVersionResponse> {
    return this.http.post<StrategyVersionResponse>('/api/strategies', body);
  }

  updateContent(id: string, body: StrategyContentRequest): Observable<StrategyVersionResponse> {
    return this.http.put<StrategyVersionResponse>(`/api/strategies/${id}/content`, body);
  }

  move(id: string, action: 'consultation' | 'withdraw'): Observable<StrategyVersionResponse> {
    return this.http.post<StrategyVersionResponse>(`/api/strategies/${id}/${action}`, {});
  }
}
