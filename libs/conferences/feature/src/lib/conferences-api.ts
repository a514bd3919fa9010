import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConferenceCopyResponse,
  ConferenceListQuery,
  ConferenceResponse,
  ConferenceStatusChangeRequest,
  CopyConferenceRequest,
  CreateConferenceRequest,
  CreateThemeRequest,
  ThemeResponse,
  UpdateConferenceRequest,
  UpdateThemeRequest,
  ThemeLineageResponse,
} from '@samverkan/conferences/contract';
import type { OrganisationResponse } from '@samverkan/identity/contract';
import type { Id, Page } from '@samverkan/shared/contract';
import { Observable } from 'rxjs';
import { CONFERENCES_URL as BASE, conferenceUrl, getConference, getConferences } from './conference-requests';

/**
 * The conferences API. Public callers see published conferences; with a staff token
 * (the auth interceptor adds it) the same calls also return drafts, cancelled and archived ones.
 */
@Injectable({ providedIn: 'root' })
export class ConferencesApi {
  private readonly http = inject(HttpClient);

  list(query: ConferenceListQuery = {}): Observable<ConferenceResponse[]> {
    return getConferences(this.http, query);
  }

  get(id: Id): Observable<ConferenceResponse> {
    return getConference(this.http, id);
  }

  /** Where the themes came from: proposer, meeting and date of the decision (public). */
  lineage(id: Id): Observable<ThemeLineageResponse[]> {
    return this.http.get<ThemeLineageResponse[]>(`${conferenceUrl(id)}/lineage`);
  }

  create(body: CreateConferenceRequest): Observable<ConferenceResponse> {
    return this.http.post<ConferenceResponse>(BASE, body);
  }

  update(id: Id, body: UpdateConferenceRequest): Observable<ConferenceResponse> {
    return this.http.patch<ConferenceResponse>(conferenceUrl(id), body);
  }

  publish(id: Id): Observable<ConferenceResponse> {
    return this.http.post<ConferenceResponse>(`${conferenceUrl(id)}/publish`, null);
  }

  changeStatus(id: Id, status: ConferenceStatusChangeRequest['status']): Observable<ConferenceResponse> {
    const body: ConferenceStatusChangeRequest = { status };
    return this.http.post<ConferenceResponse>(`${conferenceUrl(id)}/status`, body);
  }

  /** A new draft copied from the conference, every date moved to start at `body.startsAt`. */
  copy(id: Id, body: CopyConferenceRequest): Observable<ConferenceCopyResponse> {
    return this.http.post<ConferenceCopyResponse>(`${conferenceUrl(id)}/copy`, body);
  }

  addTheme(conferenceId: Id, body: CreateThemeRequest): Observable<ThemeResponse> {
    return this.http.post<ThemeResponse>(`${conferenceUrl(conferenceId)}/themes`, body);
  }

  updateTheme(conferenceId: Id, themeId: Id, body: UpdateThemeRequest): Observable<ThemeResponse> {
    return this.http.patch<ThemeResponse>(`${conferenceUrl(conferenceId)}/themes/${encodeURIComponent(themeId)}`, body);
  }

  removeTheme(conferenceId: Id, themeId: Id): Observable<void> {
    return this.http.delete<void>(`${conferenceUrl(conferenceId)}/themes/${encodeURIComponent(themeId)}`);
  }

  /** Municipalities that can host a conference (staff only; the organisations route is not public). */
  hostOrganisations(search = ''): Observable<Page<OrganisationResponse>> {
    // 200 is the API's maximum page; there are far fewer member municipalities than that.
    let params = new HttpParams().set('type', 'municipality').set('limit', '200');
    if (search.trim()) params = params.set('search', search.trim());
    return this.http.get<Page<OrganisationResponse>>('/api/organisations', { params });
  }
}
