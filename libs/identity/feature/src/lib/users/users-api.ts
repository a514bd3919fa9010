import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserRequest, UpdateUserRequest, UserResponse } from '@samverkan/identity/contract';
import type { Id, Page } from '@samverkan/shared/contract';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Page<UserResponse>> {
    return this.http.get<Page<UserResponse>>('/api/users');
  }

  create(body: CreateUserRequest): Observable<UserResponse> {
    return this.http.post<UserResponse>('/api/users', body);
  }

  update(id: Id, body: UpdateUserRequest): Observable<UserResponse> {
    return this.http.patch<UserResponse>(`/api/users/${encodeURIComponent(id)}`, body);
  }
}
