import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StrategyCitationsResponse, StrategyVersionResponse } from '@samverkan/strategy/contract';
import { switchMap, map, type Observable } from 'rxjs';

/** The adopted strategy with its citations: the two public reads the published page needs. */
@Injectable({ providedIn: 'root' })
export class PublishedStrategyApi {
  private readonly http = inject(HttpClient);

  current(): Observable<{ version: StrategyVersionResponse; citations: StrategyCitationsResponse }> {
    return this.http
      .get<StrategyVersionResponse>('/api/strategies/current')
      .pipe(
        switchMap((version) =>
          this.http
            .get<StrategyCitationsResponse>(`/api/strategies/${version.id}/citations`)
            .pipe(map((citations) => ({ version, citations }))),
        ),
      );
  }
}
