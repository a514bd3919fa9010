import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  conferenceEvaluationUrl,
  evaluationUrl,
  type EvaluationAnswerRequest,
  type EvaluationForm,
  type EvaluationInvitationsResult,
  type EvaluationResults,
  type EvaluationSettings,
  type EvaluationSettingsRequest,
} from '@samverkan/evaluation/contract';
import type { Observable } from 'rxjs';

/** The evaluation routes: the participant's form and answer (manage token), staff's results and invitations. */
@Injectable({ providedIn: 'root' })
export class EvaluationApi {
  private readonly http = inject(HttpClient);

  form(token: string): Observable<EvaluationForm> {
    return this.http.get<EvaluationForm>(evaluationUrl(token));
  }

  answer(token: string, body: EvaluationAnswerRequest): Observable<EvaluationForm> {
    return this.http.put<EvaluationForm>(evaluationUrl(token), body);
  }

  results(conferenceId: string): Observable<EvaluationResults> {
    return this.http.get<EvaluationResults>(conferenceEvaluationUrl(conferenceId));
  }

  setClosesAt(conferenceId: string, body: EvaluationSettingsRequest): Observable<EvaluationSettings> {
    return this.http.put<EvaluationSettings>(`${conferenceEvaluationUrl(conferenceId)}/settings`, body);
  }

  invite(conferenceId: string): Observable<EvaluationInvitationsResult> {
    return this.http.post<EvaluationInvitationsResult>(`${conferenceEvaluationUrl(conferenceId)}/invitations`, {});
  }
}
