import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrganisationType } from '@samverkan/identity/contract';
import type { ConferenceFeesRequest, ConferenceFeesResponse, FeeQuoteResponse } from '@samverkan/registrations/contract';
import type { Id } from '@samverkan/shared/contract';
import type { Observable } from 'rxjs';

const conferenceUrl = (id: Id) => `/api/conferences/${encodeURIComponent(id)}`;

/** Fees: the staff's price list and late-cancellation rule, the public quote, the invoice basis. */
@Injectable({ providedIn: 'root' })
export class FeesApi {
  private readonly http = inject(HttpClient);

  fees(conferenceId: Id): Observable<ConferenceFeesResponse> {
    return this.http.get<ConferenceFeesResponse>(`${conferenceUrl(conferenceId)}/fees`);
  }

  saveFees(conferenceId: Id, body: ConferenceFeesRequest): Observable<ConferenceFeesResponse> {
    return this.http.put<ConferenceFeesResponse>(`${conferenceUrl(conferenceId)}/fees`, body);
  }

  /** What a registration of this organisation type costs (public). */
  quote(conferenceId: Id, organisationType: OrganisationType): Observable<FeeQuoteResponse> {
    const params = new HttpParams({ fromObject: { organisationType } });
    return this.http.get<FeeQuoteResponse>(`${conferenceUrl(conferenceId)}/fees/quote`, { params });
  }

  /** The invoice basis as a file: through HttpClient, as the route needs the bearer token. */
  invoiceBasis(conferenceId: Id, format: 'csv' | 'xlsx'): Observable<HttpResponse<Blob>> {
    return this.http.get(`${conferenceUrl(conferenceId)}/invoice-basis.${format}`, { observe: 'response', responseType: 'blob' });
  }
}
