import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgendaCandidate,
  AgendaItemRequest,
  AgendaItemResponse,
  ChangelogEntry,
  DraftAgendaResponse,
  ProgrammeResponse,
  PublishRequest,
  PublishResult,
  PublishedItemResponse,
  RoomRequest,
  RoomResponse,
  SignupCountsResponse,
  UpdateAgendaItemRequest,
} from '@samverkan/agenda/contract';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import type { Observable } from 'rxjs';

const conferenceUrl = (id: string) => `/api/conferences/${encodeURIComponent(id)}`;
const itemUrl = (id: string) => `/api/agenda-items/${encodeURIComponent(id)}`;

/** The agenda API: the public programme, and the staff's draft agenda, rooms and publishing. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  /** With a staff token the list also holds drafts. */
  conferences(): Observable<ConferenceResponse[]> {
    return this.http.get<ConferenceResponse[]>('/api/conferences');
  }

  conference(id: string): Observable<ConferenceResponse> {
    return this.http.get<ConferenceResponse>(conferenceUrl(id));
  }

  focusAreas(): Observable<FocusAreaResponse[]> {
    return this.http.get<FocusAreaResponse[]>('/api/focus-areas');
  }

  programme(conferenceId: string): Observable<ProgrammeResponse> {
    return this.http.get<ProgrammeResponse>(`${conferenceUrl(conferenceId)}/programme`);
  }

  /** Live places taken and capacity of each published session with sign-up, by item id. */
  signupCounts(conferenceId: string): Observable<SignupCountsResponse> {
    return this.http.get<SignupCountsResponse>(`${conferenceUrl(conferenceId)}/programme/signups`);
  }

  changes(conferenceId: string): Observable<ChangelogEntry[]> {
    return this.http.get<ChangelogEntry[]>(`${conferenceUrl(conferenceId)}/programme/changes`);
  }

  publishedItem(itemId: string): Observable<PublishedItemResponse> {
    return this.http.get<PublishedItemResponse>(itemUrl(itemId));
  }

  draft(conferenceId: string): Observable<DraftAgendaResponse> {
    return this.http.get<DraftAgendaResponse>(`${conferenceUrl(conferenceId)}/agenda`);
  }

  createItem(conferenceId: string, body: AgendaItemRequest): Observable<AgendaItemResponse> {
    return this.http.post<AgendaItemResponse>(`${conferenceUrl(conferenceId)}/agenda/items`, body);
  }

  updateItem(itemId: string, body: UpdateAgendaItemRequest): Observable<AgendaItemResponse> {
    return this.http.patch<AgendaItemResponse>(itemUrl(itemId), body);
  }

  deleteItem(itemId: string): Observable<void> {
    return this.http.delete<void>(itemUrl(itemId));
  }

  candidates(conferenceId: string): Observable<AgendaCandidate[]> {
    return this.http.get<AgendaCandidate[]>(`${conferenceUrl(conferenceId)}/agenda/candidates`);
  }

  importCandidate(conferenceId: string, proposalId: string): Observable<AgendaItemResponse> {
    return this.http.post<AgendaItemResponse>(`${conferenceUrl(conferenceId)}/agenda/candidates/${encodeURIComponent(proposalId)}`, null);
  }

  publish(conferenceId: string, acknowledgeConflicts = false): Observable<PublishResult> {
    const body: PublishRequest = acknowledgeConflicts ? { acknowledgeConflicts: true } : {};
    return this.http.post<PublishResult>(`${conferenceUrl(conferenceId)}/agenda/publish`, body);
  }

  rooms(conferenceId: string): Observable<RoomResponse[]> {
    return this.http.get<RoomResponse[]>(`${conferenceUrl(conferenceId)}/rooms`);
  }

  createRoom(conferenceId: string, body: RoomRequest): Observable<RoomResponse> {
    return this.http.post<RoomResponse>(`${conferenceUrl(conferenceId)}/rooms`, body);
  }

  updateRoom(conferenceId: string, roomId: string, body: RoomRequest): Observable<RoomResponse> {
    return this.http.patch<RoomResponse>(`${conferenceUrl(conferenceId)}/rooms/${encodeURIComponent(roomId)}`, body);
  }
}
