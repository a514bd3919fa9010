import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { isApiError } from '@samverkan/shared/ui/startup';
import { catchError, throwError } from 'rxjs';
import { AUTH_API, AuthService } from './auth';

/**
 * Sends the access token to our own API (never to another origin) and forgets a session
 * the API no longer accepts. Listed after the error interceptor, it sees the raw
 * HttpErrorResponse; it also understands an ApiError in case the order ever changes.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isOwnApi(request.url)) {
    return next(request);
  }
  const auth = inject(AuthService);
  const token = auth.accessToken();
  const authorised = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(authorised).pipe(
    catchError((error: unknown) => {
      if (token && request.url !== AUTH_API.login && isUnauthorised(error)) {
        auth.clear();
      }
      return throwError(() => error);
    }),
  );
};

function isOwnApi(url: string): boolean {
  return url.startsWith('/api/');
}

function isUnauthorised(error: unknown): boolean {
  return (error instanceof HttpErrorResponse && error.status === 401) || (isApiError(error) && error.statusCode === 401);
}
