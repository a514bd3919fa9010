import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ANNUAL_SUMMARY_URL,
  ENGAGEMENT_URL,
  type MemberEngagementResponse,
  type MemberEngagementSummary,
} from '@samverkan/coverage/contract';
import type { Observable } from 'rxjs';

/** Members' engagement, its export and the annual summary's files. */
@Injectable({ providedIn: 'root' })
export class EngagementApi {
  private readonly http = inject(HttpClient);

  members(): Observable<MemberEngagementSummary[]> {
    return this.http.get<MemberEngagementSummary[]>(`${ENGAGEMENT_URL}/members`);
  }

  inactive(): Observable<MemberEngagementSummary[]> {
    return this.http.get<MemberEngagementSummary[]>(`${ENGAGEMENT_URL}/inactive`);
  }

  member(organisationId: string): Observable<MemberEngagementResponse> {
    return this.http.get<MemberEngagementResponse>(`${ENGAGEMENT_URL}/members/${encodeURIComponent(organisationId)}`);
  }

  /** `members.csv` (the figures) or `participation.csv` (participants per member and conference). */
  csv(file: 'members' | 'participation'): Observable<HttpResponse<Blob>> {
    return this.http.get(`${ENGAGEMENT_URL}/${file}.csv`, { observe: 'response', responseType: 'blob' });
  }

  annualSummary(year: number, format: 'pdf' | 'xlsx'): Observable<HttpResponse<Blob>> {
    return this.http.get(`${ANNUAL_SUMMARY_URL}/${year}.${format}`, { observe: 'response', responseType: 'blob' });
  }
}
