import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  StrategyCommentResponse,
  StrategyConsultationResponse,
  StrategyDiffResponse,
  WordingDecisionRequest,
  WordingProposalResponse,
} from '@samverkan/strategy/contract';
import type { Observable } from 'rxjs';

/** The consultation routes of a strategy version, and the comparison of two versions (docs/api-contract.md, "Strategy work"). */
@Injectable({ providedIn: 'root' })
export class ConsultationApi {
  private readonly http = inject(HttpClient);

  get(id: string): Observable<StrategyConsultationResponse> {
    return this.http.get<StrategyConsultationResponse>(`/api/strategies/${id}/consultation`);
  }

  comment(id: string, positionId: string, text: string): Observable<StrategyCommentResponse> {
    return this.http.post<StrategyCommentResponse>(`/api/strategies/${id}/positions/${positionId}/comments`, { text });
  }

  deleteComment(id: string, commentId: string): Observable<void> {
    return this.http.delete<void>(`/api/strategies/${id}/comments/${commentId}`);
  }

  proposeWording(id: string, positionId: string, text: string): Observable<WordingProposalResponse> {
    return this.http.post<WordingProposalResponse>(`/api/strategies/${id}/positions/${positionId}/wording-proposals`, { text });
  }

  decideWording(id: string, proposalId: string, body: WordingDecisionRequest): Observable<WordingProposalResponse> {
    return this.http.post<WordingProposalResponse>(`/api/strategies/${id}/wording-proposals/${proposalId}/decision`, body);
  }

  diff(id: string, against: string): Observable<StrategyDiffResponse> {
    return this.http.get<StrategyDiffResponse>(`/api/strategies/${id}/diff`, { params: { against } });
  }
}
