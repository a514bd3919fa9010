import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PasswordResetConfirmRequest, PasswordResetRequest, PasswordResetRequestedResponse } from '@samverkan/identity/contract';
import type { Observable } from 'rxjs';

export const PASSWORD_RESET_API = {
  request: '/api/auth/password-reset',
  confirm: '/api/auth/password-reset/confirm',
} as const;

/** "Forgot password": ask for a link by e-mail, then set a new password with the link's token. */
@Injectable({ providedIn: 'root' })
export class PasswordResetApi {
  private readonly http = inject(HttpClient);

  /** Always the same answer whether or not the address has an account. */
  request(body: PasswordResetRequest): Observable<PasswordResetRequestedResponse> {
    return this.http.post<PasswordResetRequestedResponse>(PASSWORD_RESET_API.request, body);
  }

  confirm(body: PasswordResetConfirmRequest): Observable<void> {
    return this.http.post<void>(PASSWORD_RESET_API.confirm, body);
  }
}
