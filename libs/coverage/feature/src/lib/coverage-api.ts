import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  COVERAGE_IMPORT_URL,
  COVERAGE_URL,
  type CoverageItem,
  type CoverageItemsQuery,
  type CoverageQuery,
  type CoverageReport,
  type ImportResult,
} from '@samverkan/coverage/contract';
import type { Observable } from 'rxjs';

/** Query parameters of the report and its exports: only the filters that are set. */
export function coverageParams(query: CoverageQuery | CoverageItemsQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params = params.set(key, value.join(','));
    } else params = params.set(key, String(value));
  }
  return params;
}

/** The coverage report, what lies behind its numbers, its exports and the history import. */
@Injectable({ providedIn: 'root' })
export class CoverageApi {
  private readonly http = inject(HttpClient);

  report(query: CoverageQuery): Observable<CoverageReport> {
    return this.http.get<CoverageReport>(COVERAGE_URL, { params: coverageParams(query) });
  }

  items(query: CoverageItemsQuery): Observable<CoverageItem[]> {
    return this.http.get<CoverageItem[]>(`${COVERAGE_URL}/items`, { params: coverageParams(query) });
  }

  export(query: CoverageQuery, format: 'csv' | 'xlsx'): Observable<HttpResponse<Blob>> {
    return this.http.get(`${COVERAGE_URL}/export.${format}`, { params: coverageParams(query), observe: 'response', responseType: 'blob' });
  }

  importHistory(file: File, dryRun: boolean): Observable<ImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportResult>(COVERAGE_IMPORT_URL, body, { params: new HttpParams().set('dryRun', String(dryRun)) });
  }
}
