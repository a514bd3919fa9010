import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class FocusAreasApi {
  private readonly http = inject(HttpClient);

  /** The six focus areas of the current strategy (public). */
  list(): Observable<FocusAreaResponse[]> {
    return this.http.get<FocusAreaResponse[]>('/api/focus-areas');
  }
}
