import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateGroupRegistrationRequest,
  GroupMemberCreated,
  GroupMemberRequest,
  GroupRegistrationCreatedResponse,
  RegistrationGroupResponse,
} from '@samverkan/registrations/contract';
import type { Id } from '@samverkan/shared/contract';
import type { Observable } from 'rxjs';

function groupUrl(token: string): string {
  return `/api/registration-groups/${encodeURIComponent(token)}`;
}

/** Group registration: the form, and the contact person's group link (the token is the only key). */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  register(conferenceId: Id, body: CreateGroupRegistrationRequest): Observable<GroupRegistrationCreatedResponse> {
    return this.http.post<GroupRegistrationCreatedResponse>(
      `/api/conferences/${encodeURIComponent(conferenceId)}/group-registrations`,
      body,
    );
  }

  get(token: string): Observable<RegistrationGroupResponse> {
    return this.http.get<RegistrationGroupResponse>(groupUrl(token));
  }

  addMember(token: string, body: GroupMemberRequest): Observable<GroupMemberCreated> {
    return this.http.post<GroupMemberCreated>(`${groupUrl(token)}/members`, body);
  }

  cancelMember(token: string, registrationId: Id): Observable<RegistrationGroupResponse> {
    return this.http.delete<RegistrationGroupResponse>(`${groupUrl(token)}/members/${encodeURIComponent(registrationId)}`);
  }
}
