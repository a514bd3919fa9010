import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommentResponse,
  CreateCommentRequest,
  CreateProposalRequest,
  ProposalGapsResponse,
  ProposalQuery,
  ProposalResponse,
  ProposalSummaryResponse,
  ReviewRequest,
  ReviewsResponse,
  UpdateProposalRequest,
} from '@samverkan/proposals/contract';
import { PROPOSAL_GAPS_URL } from '@samverkan/proposals/contract';
import type { AuditEntryResponse, Id, Page } from '@samverkan/shared/contract';
import type { Observable } from 'rxjs';
import { getProposals, proposalUrl, PROPOSALS_URL } from './proposal-requests';

/** The proposals API: list, read, write, comments, reviews and history. */
@Injectable({ providedIn: 'root' })
export class ProposalsApi {
  private readonly http = inject(HttpClient);

  list(query: ProposalQuery = {}): Observable<Page<ProposalSummaryResponse>> {
    return getProposals(this.http, query);
  }

  /** The focus areas short in a conference's draft programme (the next upcoming conference's without one). */
  gaps(conferenceId: string | null): Observable<ProposalGapsResponse> {
    return this.http.get<ProposalGapsResponse>(PROPOSAL_GAPS_URL, { params: conferenceId ? { conferenceId } : {} });
  }

  get(id: Id): Observable<ProposalResponse> {
    return this.http.get<ProposalResponse>(proposalUrl(id));
  }

  create(body: CreateProposalRequest): Observable<ProposalResponse> {
    return this.http.post<ProposalResponse>(PROPOSALS_URL, body);
  }

  update(id: Id, body: UpdateProposalRequest): Observable<ProposalResponse> {
    return this.http.patch<ProposalResponse>(proposalUrl(id), body);
  }

  submit(id: Id): Observable<ProposalResponse> {
    return this.http.post<ProposalResponse>(`${proposalUrl(id)}/submit`, null);
  }

  withdraw(id: Id): Observable<ProposalResponse> {
    return this.http.post<ProposalResponse>(`${proposalUrl(id)}/withdraw`, null);
  }

  comments(id: Id): Observable<CommentResponse[]> {
    return this.http.get<CommentResponse[]>(`${proposalUrl(id)}/comments`);
  }

  addComment(id: Id, body: CreateCommentRequest): Observable<CommentResponse> {
    return this.http.post<CommentResponse>(`${proposalUrl(id)}/comments`, body);
  }

  reviews(id: Id): Observable<ReviewsResponse> {
    return this.http.get<ReviewsResponse>(`${proposalUrl(id)}/reviews`);
  }

  /** Creates or replaces the caller's own review; answers with the reviews as the caller may now see them. */
  saveReview(id: Id, body: ReviewRequest): Observable<ReviewsResponse> {
    return this.http.put<ReviewsResponse>(`${proposalUrl(id)}/reviews/mine`, body);
  }

  audit(id: Id): Observable<AuditEntryResponse[]> {
    return this.http.get<AuditEntryResponse[]>(`${proposalUrl(id)}/audit`);
  }
}
