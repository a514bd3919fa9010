import { HttpClient, HttpParams } from '@angular/common/http';
import type { ConferenceListQuery, ConferenceResponse } from '@samverkan/conferences/contract';
import type { Id } from '@samverkan/shared/contract';
import type { Observable } from 'rxjs';

/**
 * The public reads as plain functions, for other domains and the start page: this library's
 * barrel is in the start-up bundle, and a plain function (unlike an injectable class) is left
 * out of it when only lazy pages use it.
 */
export const CONFERENCES_URL = '/api/conferences';

export function conferenceUrl(id: Id): string {
  return `${CONFERENCES_URL}/${encodeURIComponent(id)}`;
}

/** GET /api/conferences: published ones for the public; staff (with a token) see all and may filter by status. */
export function getConferences(http: HttpClient, query: ConferenceListQuery = {}): Observable<ConferenceResponse[]> {
  let params = new HttpParams();
  if (query.when) params = params.set('when', query.when);
  if (query.status) params = params.set('status', query.status);
  return http.get<ConferenceResponse[]>(CONFERENCES_URL, { params });
}

/** GET /api/conferences/:id; a draft is 404 to the public. */
export function getConference(http: HttpClient, id: Id): Observable<ConferenceResponse> {
  return http.get<ConferenceResponse>(conferenceUrl(id));
}
