import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AttendeeDirectoryResponse,
  CheckInByCodeRequest,
  CheckInResponse,
  CheckInSearchResponse,
  CheckInSummaryResponse,
  CheckInUndoneResponse,
} from '@samverkan/attendance/contract';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { getConference } from '@samverkan/conferences/feature';
import type { Id } from '@samverkan/shared/contract';
import type { Observable } from 'rxjs';

function checkInsUrl(conferenceId: Id): string {
  return `/api/conferences/${encodeURIComponent(conferenceId)}/check-ins`;
}

/**
 * The attendance routes: check-in at the door (by code or by registration, undo, the name search and the
 * live count) and the attendee directory participants open through their manage link's token.
 */
@Injectable({ providedIn: 'root' })
export class AttendanceApi {
  private readonly http = inject(HttpClient);

  conference(id: Id): Observable<ConferenceResponse> {
    return getConference(this.http, id);
  }

  checkInByCode(conferenceId: Id, code: string): Observable<CheckInResponse> {
    const body: CheckInByCodeRequest = { code };
    return this.http.post<CheckInResponse>(checkInsUrl(conferenceId), body);
  }

  checkInByRegistration(conferenceId: Id, registrationId: Id): Observable<CheckInResponse> {
    return this.http.put<CheckInResponse>(`${checkInsUrl(conferenceId)}/${encodeURIComponent(registrationId)}`, {});
  }

  undo(conferenceId: Id, registrationId: Id): Observable<CheckInUndoneResponse> {
    return this.http.delete<CheckInUndoneResponse>(`${checkInsUrl(conferenceId)}/${encodeURIComponent(registrationId)}`);
  }

  search(conferenceId: Id, q: string): Observable<CheckInSearchResponse> {
    return this.http.get<CheckInSearchResponse>(`${checkInsUrl(conferenceId)}/search`, { params: { q } });
  }

  summary(conferenceId: Id): Observable<CheckInSummaryResponse> {
    return this.http.get<CheckInSummaryResponse>(`${checkInsUrl(conferenceId)}/summary`);
  }

  directory(token: string): Observable<AttendeeDirectoryResponse> {
    return this.http.get<AttendeeDirectoryResponse>(`/api/registrations/${encodeURIComponent(token)}/attendees`);
  }
}
