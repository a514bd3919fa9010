import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgendaCandidate,
  AgendaItemRequest,
  AgendaItemResponse,
  ChangelogEntry,
  CoveragePreview,
  DraftAgendaResponse,
  ProgrammeResponse,
  PublishRequest,
  PublishResult,
  PublishedItemResponse,
  RoomRequest,
  RoomResponse,
  SignupCountsResponse,
  SpeakerInvitationAnswerRequest,
  SpeakerInvitationResponse,
  SpeakerInvitationSent,
  SpeakerRequest,
  SpeakerResponse,
  UpdateAgendaItemRequest,
  UpdateSpeakerRequest,
} from '@samverkan/agenda/contract';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import type { Observable } from 'rxjs';

const conferenceUrl = (id: string) => `/api/conferences/${encodeURIComponent(id)}`;
const itemUrl = (id: string) => `/api/agenda-items/${encodeURIComponent(id)}`;
const speakerUrl = (id: string) => `/api/speakers/${encodeURIComponent(id)}`;
const invitationUrl = (token: string) => `/api/speaker-invitations/${encodeURIComponent(token)}`;

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

  /** Each focus area's share of the draft's programme time, by the server's rule (the warning before publishing). */
  coveragePreview(conferenceId: string): Observable<CoveragePreview> {
    return this.http.get<CoveragePreview>(`${conferenceUrl(conferenceId)}/agenda/coverage-preview`);
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

  /** The speaker register: everyone, or those whose name or organisation contains `q`. */
  speakers(q = ''): Observable<SpeakerResponse[]> {
    const query = q.trim();
    return this.http.get<SpeakerResponse[]>('/api/speakers', query ? { params: { q: query } } : {});
  }

  createSpeaker(body: SpeakerRequest): Observable<SpeakerResponse> {
    return this.http.post<SpeakerResponse>('/api/speakers', body);
  }

  updateSpeaker(id: string, body: UpdateSpeakerRequest): Observable<SpeakerResponse> {
    return this.http.patch<SpeakerResponse>(speakerUrl(id), body);
  }

  /** Merges entry `id` into `intoId` (which stays). */
  mergeSpeaker(id: string, intoId: string): Observable<SpeakerResponse> {
    return this.http.post<SpeakerResponse>(`${speakerUrl(id)}/merge`, { intoId });
  }

  inviteSpeaker(itemId: string, speakerId: string, language: 'sv' | 'en' = 'sv'): Observable<SpeakerInvitationSent> {
    return this.http.post<SpeakerInvitationSent>(`${itemUrl(itemId)}/speakers/${encodeURIComponent(speakerId)}/invitation`, { language });
  }

  invitation(token: string): Observable<SpeakerInvitationResponse> {
    return this.http.get<SpeakerInvitationResponse>(invitationUrl(token));
  }

  answerInvitation(token: string, body: SpeakerInvitationAnswerRequest): Observable<SpeakerInvitationResponse> {
    return this.http.post<SpeakerInvitationResponse>(`${invitationUrl(token)}/answer`, body);
  }
}
