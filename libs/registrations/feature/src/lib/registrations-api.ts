import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ProgrammeResponse, SignupCountsResponse } from '@samverkan/agenda/contract';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { getConference } from '@samverkan/conferences/feature';
import type {
  AttendeePage,
  AttendeeResponse,
  CheckInRequest,
  CreateRegistrationRequest,
  MoveOnWaitlistRequest,
  MySessionResponse,
  OutboxMessageResponse,
  QuestionInput,
  QuestionResponse,
  RegistrationCancelledResponse,
  RegistrationCreatedResponse,
  RegistrationExportResponse,
  RegistrationResponse,
  SessionSignupRequest,
  UpdateRegistrationRequest,
} from '@samverkan/registrations/contract';
import type { CalendarLinkResponse, Id, Page } from '@samverkan/shared/contract';
import { Observable } from 'rxjs';
import { type AttendeeFilter, attendeeQueryParams } from './attendees/attendee-query';

function registrationUrl(token: string): string {
  return `/api/registrations/${encodeURIComponent(token)}`;
}

function attendeesUrl(conferenceId: Id): string {
  return `/api/conferences/${encodeURIComponent(conferenceId)}/registrations`;
}

/**
 * Registrations: the public form, the manage link (the token is the only key: no account),
 * the staff attendee list with its exports, and the admin's outbox.
 */
@Injectable({ providedIn: 'root' })
export class RegistrationsApi {
  private readonly http = inject(HttpClient);

  /** The conference a registration or attendee list belongs to. */
  conference(id: Id): Observable<ConferenceResponse> {
    return getConference(this.http, id);
  }

  register(conferenceId: Id, body: CreateRegistrationRequest): Observable<RegistrationCreatedResponse> {
    return this.http.post<RegistrationCreatedResponse>(attendeesUrl(conferenceId), body);
  }

  get(token: string): Observable<RegistrationResponse> {
    return this.http.get<RegistrationResponse>(registrationUrl(token));
  }

  update(token: string, body: UpdateRegistrationRequest): Observable<RegistrationResponse> {
    return this.http.patch<RegistrationResponse>(registrationUrl(token), body);
  }

  cancel(token: string): Observable<RegistrationCancelledResponse> {
    return this.http.delete<RegistrationCancelledResponse>(registrationUrl(token));
  }

  /** Everything stored about the person, as JSON (their right of access). */
  exportData(token: string): Observable<RegistrationExportResponse> {
    return this.http.get<RegistrationExportResponse>(`${registrationUrl(token)}/export`);
  }

  erase(token: string): Observable<void> {
    return this.http.post<void>(`${registrationUrl(token)}/erase`, null);
  }

  /** The conference's published programme (404 while none is published): the sessions to sign up for. */
  programme(conferenceId: Id): Observable<ProgrammeResponse> {
    return this.http.get<ProgrammeResponse>(`/api/conferences/${encodeURIComponent(conferenceId)}/programme`);
  }

  /** Live places taken and capacity of each session with sign-up (404 while the conference is not visible). */
  signupCounts(conferenceId: Id): Observable<SignupCountsResponse> {
    return this.http.get<SignupCountsResponse>(`/api/conferences/${encodeURIComponent(conferenceId)}/programme/signups`);
  }

  /** A new link to the person's calendar feed; the old one stops working. */
  rotateCalendarLink(token: string): Observable<CalendarLinkResponse> {
    return this.http.post<CalendarLinkResponse>(`${registrationUrl(token)}/calendar-token`, null);
  }

  /** The sessions the person has signed up for ("my programme"). */
  sessions(token: string): Observable<MySessionResponse[]> {
    return this.http.get<MySessionResponse[]>(`${registrationUrl(token)}/sessions`);
  }

  /** Signs up for a session; answers the updated list (409 full, 422 overlap or not confirmed). */
  signUpForSession(token: string, agendaItemId: string): Observable<MySessionResponse[]> {
    const body: SessionSignupRequest = { agendaItemId };
    return this.http.post<MySessionResponse[]>(`${registrationUrl(token)}/sessions`, body);
  }

  leaveSession(token: string, agendaItemId: string): Observable<MySessionResponse[]> {
    return this.http.delete<MySessionResponse[]>(`${registrationUrl(token)}/sessions/${encodeURIComponent(agendaItemId)}`);
  }

  attendees(conferenceId: Id, filter: AttendeeFilter, page: { index: number; size: number }): Observable<AttendeePage> {
    const params = new HttpParams({ fromObject: attendeeQueryParams(filter, page) });
    return this.http.get<AttendeePage>(attendeesUrl(conferenceId), { params });
  }

  checkIn(conferenceId: Id, registrationId: Id, checkedIn: boolean): Observable<AttendeeResponse> {
    const body: CheckInRequest = { checkedIn };
    return this.http.patch<AttendeeResponse>(`${attendeesUrl(conferenceId)}/${encodeURIComponent(registrationId)}/check-in`, body);
  }

  moveOnWaitlist(conferenceId: Id, registrationId: Id, body: MoveOnWaitlistRequest): Observable<AttendeeResponse> {
    return this.http.post<AttendeeResponse>(`${attendeesUrl(conferenceId)}/${encodeURIComponent(registrationId)}/waitlist-position`, body);
  }

  /**
   * The attendee list as a file. Fetched through HttpClient (not a plain link) because the
   * route needs the bearer token, which only the interceptor adds.
   */
  exportAttendees(conferenceId: Id, format: 'csv' | 'xlsx'): Observable<HttpResponse<Blob>> {
    return this.http.get(`${attendeesUrl(conferenceId)}/export.${format}`, { observe: 'response', responseType: 'blob' });
  }

  /**
   * The staff's PDFs (badges, printable attendee list). Fetched through HttpClient like the exports:
   * the routes need the bearer token.
   */
  printout(conferenceId: Id, kind: 'badges' | 'attendees'): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/conferences/${encodeURIComponent(conferenceId)}/${kind}.pdf`, { observe: 'response', responseType: 'blob' });
  }

  /** The certificate of attendance: a public route (the manage token is the secret), so a plain link. */
  certificateUrl(token: string): string {
    return `/api/registrations/${encodeURIComponent(token)}/certificate.pdf`;
  }

  /** The registration form's own questions (a draft's only for staff). */
  questions(conferenceId: Id): Observable<QuestionResponse[]> {
    return this.http.get<QuestionResponse[]>(`/api/conferences/${encodeURIComponent(conferenceId)}/questions`);
  }

  /** Replaces the form's questions with this list, in its order (staff). */
  saveQuestions(conferenceId: Id, questions: QuestionInput[]): Observable<QuestionResponse[]> {
    return this.http.put<QuestionResponse[]>(`/api/conferences/${encodeURIComponent(conferenceId)}/questions`, questions);
  }

  outbox(filter: { to?: string; limit?: number } = {}): Observable<Page<OutboxMessageResponse>> {
    let params = new HttpParams();
    const to = filter.to?.trim();
    if (to) params = params.set('to', to);
    if (filter.limit) params = params.set('limit', String(filter.limit));
    return this.http.get<Page<OutboxMessageResponse>>('/api/outbox', { params });
  }
}
