import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CallResponse,
  CallSubmissionConfirmedResponse,
  CallSubmissionReceivedResponse,
  CallSubmissionResponse,
  CreateCallRequest,
  CreateCallSubmissionRequest,
  UpdateCallRequest,
} from '@samverkan/proposals/contract';
import type { Id } from '@samverkan/shared/contract';
import type { Observable } from 'rxjs';

const callUrl = (id: Id) => `/api/calls/${encodeURIComponent(id)}`;
const submissionUrl = (id: Id) => `/api/call-submissions/${encodeURIComponent(id)}`;

/** The open calls API: the public call and its form, the staff's calls, the council's decisions. */
@Injectable({ providedIn: 'root' })
export class CallsApi {
  private readonly http = inject(HttpClient);

  get(id: Id): Observable<CallResponse> {
    return this.http.get<CallResponse>(callUrl(id));
  }

  submit(callId: Id, body: CreateCallSubmissionRequest): Observable<CallSubmissionReceivedResponse> {
    return this.http.post<CallSubmissionReceivedResponse>(`${callUrl(callId)}/submissions`, body);
  }

  /** The one optional file, with the upload token of the 202 answer (documents route, parent `call-submission`). */
  attach(submissionId: Id, uploadToken: string, file: File): Observable<unknown> {
    const form = new FormData();
    form.append('parentType', 'call-submission');
    form.append('parentId', submissionId);
    form.append('token', uploadToken);
    form.append('file', file, file.name);
    return this.http.post('/api/documents', form);
  }

  confirm(token: string): Observable<CallSubmissionConfirmedResponse> {
    return this.http.post<CallSubmissionConfirmedResponse>('/api/call-submissions/confirm', { token });
  }

  /** Every call of every conference (the council's list). */
  listAll(): Observable<CallResponse[]> {
    return this.http.get<CallResponse[]>('/api/calls');
  }

  listForConference(conferenceId: Id): Observable<CallResponse[]> {
    return this.http.get<CallResponse[]>(`/api/conferences/${encodeURIComponent(conferenceId)}/calls`);
  }

  create(conferenceId: Id, body: CreateCallRequest): Observable<CallResponse> {
    return this.http.post<CallResponse>(`/api/conferences/${encodeURIComponent(conferenceId)}/calls`, body);
  }

  update(id: Id, body: UpdateCallRequest): Observable<CallResponse> {
    return this.http.patch<CallResponse>(callUrl(id), body);
  }

  close(id: Id): Observable<CallResponse> {
    return this.http.post<CallResponse>(`${callUrl(id)}/close`, null);
  }

  submissions(callId: Id): Observable<CallSubmissionResponse[]> {
    return this.http.get<CallSubmissionResponse[]>(`${callUrl(callId)}/submissions`);
  }

  accept(id: Id): Observable<CallSubmissionResponse> {
    return this.http.post<CallSubmissionResponse>(`${submissionUrl(id)}/accept`, null);
  }

  decline(id: Id, reason: string): Observable<CallSubmissionResponse> {
    return this.http.post<CallSubmissionResponse>(`${submissionUrl(id)}/decline`, { reason });
  }
}
