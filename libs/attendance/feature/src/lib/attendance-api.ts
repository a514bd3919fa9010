import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AttendeeDirectoryResponse } from '@samverkan/attendance/contract';
import type { Observable } from 'rxjs';

/** The attendance routes the participant's pages call (through the manage link's token). */
@Injectable({ providedIn: 'root' })
export class AttendanceApi {
  private readonly http = inject(HttpClient);

  directory(token: string): Observable<AttendeeDirectoryResponse> {
    return this.http.get<AttendeeDirectoryResponse>(`/api/registrations/${encodeURIComponent(token)}/attendees`);
  }
}
