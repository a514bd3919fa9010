import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DraftAgendaResponse } from '@samverkan/agenda/contract';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type {
  MessageDryRunResponse,
  MessageSentResponse,
  MessageSummary,
  MyMessage,
  PutRemindersRequest,
  ReminderResponse,
  SendMessageRequest,
} from '@samverkan/messaging/contract';
import type { Observable } from 'rxjs';

const conferenceUrl = (id: string) => `/api/conferences/${encodeURIComponent(id)}`;

/** The messaging routes, and the conference and programme the staff page shows beside them. */
@Injectable({ providedIn: 'root' })
export class MessagingApi {
  private readonly http = inject(HttpClient);

  conference(id: string): Observable<ConferenceResponse> {
    return this.http.get<ConferenceResponse>(conferenceUrl(id));
  }

  /** The programme as staff see it (drafts included), for the programme item filter. */
  agenda(id: string): Observable<DraftAgendaResponse> {
    return this.http.get<DraftAgendaResponse>(`${conferenceUrl(id)}/agenda`);
  }

  preview(id: string, request: SendMessageRequest): Observable<MessageDryRunResponse> {
    return this.http.post<MessageDryRunResponse>(`${conferenceUrl(id)}/messages`, { ...request, dryRun: true });
  }

  send(id: string, request: SendMessageRequest): Observable<MessageSentResponse> {
    return this.http.post<MessageSentResponse>(`${conferenceUrl(id)}/messages`, { ...request, dryRun: false });
  }

  messages(id: string): Observable<MessageSummary[]> {
    return this.http.get<MessageSummary[]>(`${conferenceUrl(id)}/messages`);
  }

  reminders(id: string): Observable<ReminderResponse[]> {
    return this.http.get<ReminderResponse[]>(`${conferenceUrl(id)}/reminders`);
  }

  saveReminders(id: string, request: PutRemindersRequest): Observable<ReminderResponse[]> {
    return this.http.put<ReminderResponse[]>(`${conferenceUrl(id)}/reminders`, request);
  }

  mine(token: string): Observable<MyMessage[]> {
    return this.http.get<MyMessage[]>(`/api/registrations/${encodeURIComponent(token)}/messages`);
  }
}
