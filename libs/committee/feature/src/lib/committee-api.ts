import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActionItemResponse,
  AddMeetingItemRequest,
  CommitteePersonResponse,
  CreateMeetingRequest,
  MeetingResponse,
  MeetingSummaryResponse,
  RecordDecisionRequest,
  UpdateMeetingRequest,
} from '@samverkan/committee/contract';
import type { ProposalQuery, ProposalState, ProposalSummaryResponse } from '@samverkan/proposals/contract';
import type { AuditEntryResponse, CalendarLinkResponse, Id, Page } from '@samverkan/shared/contract';
import type { StrategyVersionSummary } from '@samverkan/strategy/contract';
import { Observable, forkJoin, map } from 'rxjs';

const MEETINGS_URL = '/api/meetings';

function meetingUrl(id: Id): string {
  return `${MEETINGS_URL}/${encodeURIComponent(id)}`;
}

/** Proposals that can be put on an agenda for decision (the API refuses others). */
export const DECIDABLE_STATES: readonly ProposalState[] = ['submitted', 'in-review'];

/** The working committee's API: meetings, their agenda, decisions and minutes, and action items. */
@Injectable({ providedIn: 'root' })
export class CommitteeApi {
  private readonly http = inject(HttpClient);

  /** The caller's own subscription link to the meeting feed; `rotate` replaces it (the old one stops working). */
  meetingsCalendarLink(rotate = false): Observable<CalendarLinkResponse> {
    return rotate
      ? this.http.post<CalendarLinkResponse>('/api/calendar/me/meetings/rotate', null)
      : this.http.get<CalendarLinkResponse>('/api/calendar/me/meetings');
  }

  meetings(): Observable<MeetingSummaryResponse[]> {
    return this.http.get<MeetingSummaryResponse[]>(MEETINGS_URL);
  }

  meeting(id: Id): Observable<MeetingResponse> {
    return this.http.get<MeetingResponse>(meetingUrl(id));
  }

  create(body: CreateMeetingRequest): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>(MEETINGS_URL, body);
  }

  update(id: Id, body: UpdateMeetingRequest): Observable<MeetingResponse> {
    return this.http.patch<MeetingResponse>(meetingUrl(id), body);
  }

  addItem(id: Id, body: AddMeetingItemRequest): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>(`${meetingUrl(id)}/items`, body);
  }

  /** The strategy versions in consultation: the ones a meeting can decide to adopt. */
  strategiesInConsultation(): Observable<StrategyVersionSummary[]> {
    return this.http.get<StrategyVersionSummary[]>('/api/strategies').pipe(map((list) => list.filter((v) => v.state === 'in-consultation')));
  }

  removeItem(id: Id, itemId: Id): Observable<MeetingResponse> {
    return this.http.delete<MeetingResponse>(`${meetingUrl(id)}/items/${encodeURIComponent(itemId)}`);
  }

  /** The whole agenda in its new order (the API wants every item id, each once). */
  reorder(id: Id, itemIds: readonly string[]): Observable<MeetingResponse> {
    return this.http.put<MeetingResponse>(`${meetingUrl(id)}/items/order`, { itemIds: [...itemIds] });
  }

  attendance(id: Id, presentUserIds: readonly string[]): Observable<MeetingResponse> {
    return this.http.put<MeetingResponse>(`${meetingUrl(id)}/attendance`, { presentUserIds: [...presentUserIds] });
  }

  decide(id: Id, itemId: Id, body: RecordDecisionRequest): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>(`${meetingUrl(id)}/items/${encodeURIComponent(itemId)}/decision`, body);
  }

  /** Sends the notice (kallelse) with the agenda to every participant by e-mail. */
  sendNotice(id: Id): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>(`${meetingUrl(id)}/notice`, null);
  }

  approveMinutes(id: Id): Observable<MeetingResponse> {
    return this.http.post<MeetingResponse>(`${meetingUrl(id)}/minutes/approve`, null);
  }

  /** The justerat minutes as the PDF made at justering (as a blob: the request carries the sign-in). */
  minutesPdf(id: Id): Observable<HttpResponse<Blob>> {
    return this.http.get(`${meetingUrl(id)}/minutes.pdf`, { observe: 'response', responseType: 'blob' });
  }

  /** The meeting's audit log: who changed what, and when. */
  audit(id: Id): Observable<AuditEntryResponse[]> {
    return this.http.get<AuditEntryResponse[]>(`${meetingUrl(id)}/audit`);
  }

  actionItems(status?: 'open' | 'closed'): Observable<ActionItemResponse[]> {
    const params = status ? new HttpParams().set('status', status) : new HttpParams();
    return this.http.get<ActionItemResponse[]>('/api/action-items', { params });
  }

  setActionItemStatus(id: Id, status: 'open' | 'closed'): Observable<ActionItemResponse> {
    return this.http.patch<ActionItemResponse>(`/api/action-items/${encodeURIComponent(id)}`, { status });
  }

  /** Proposals waiting for a decision: submitted and in review (two requests, as the API filters on one state). */
  decidableProposals(): Observable<ProposalSummaryResponse[]> {
    // 500 is the API's largest page; far fewer proposals wait for a decision at any time.
    const page = (state: ProposalState) => {
      const query: ProposalQuery = { state, limit: 500 };
      return this.http.get<Page<ProposalSummaryResponse>>('/api/proposals', { params: { state, limit: String(query.limit) } });
    };
    return forkJoin(DECIDABLE_STATES.map(page)).pipe(
      map((pages) => pages.flatMap((page) => page.items).sort((a, b) => a.title.localeCompare(b.title, 'sv'))),
    );
  }

  /** Who can be called to a meeting: active committee members and administrators. */
  people(): Observable<CommitteePersonResponse[]> {
    return this.http.get<CommitteePersonResponse[]>('/api/committee/people');
  }
}
