import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateOrganisationRequest,
  OrganisationResponse,
  OrganisationType,
  UpdateOrganisationRequest,
} from '@samverkan/identity/contract';
import type { Id, Page } from '@samverkan/shared/contract';
import { Observable } from 'rxjs';

export interface OrganisationFilter {
  search?: string;
  type?: OrganisationType | null;
}

@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(filter: OrganisationFilter = {}): Observable<Page<OrganisationResponse>> {
    let params = new HttpParams();
    const search = filter.search?.trim();
    if (search) params = params.set('search', search);
    if (filter.type) params = params.set('type', filter.type);
    return this.http.get<Page<OrganisationResponse>>('/api/organisations', { params });
  }

  create(body: CreateOrganisationRequest): Observable<OrganisationResponse> {
    return this.http.post<OrganisationResponse>('/api/organisations', body);
  }

  update(id: Id, body: UpdateOrganisationRequest): Observable<OrganisationResponse> {
    return this.http.patch<OrganisationResponse>(`/api/organisations/${encodeURIComponent(id)}`, body);
  }
}
