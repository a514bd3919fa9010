import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { catchError, throwError } from 'rxjs';
import { ApiError } from './api-error';

/**
 * The one place HTTP errors are normalised: every failed request errors with an ApiError shaped like
 * the contract body `{ statusCode, code, message, params?, errors? }`. The API writes `message` in the
 * page's language (it is told by the language interceptor and the `lang` cookie), so it is kept as it
 * is; `errorText` writes the code's text when the page has switched language since. No response at
 * all (offline, server down) becomes statusCode 0 with a translated message.
 */
export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  const translate = inject(TranslateService);
  return next(request).pipe(
    catchError((error: unknown) =>
      throwError(() => toApiError(error, (key) => translate.instant(key), translate.getCurrentLang() === 'en' ? 'en' : 'sv')),
    ),
  );
};

function toApiError(error: unknown, t: (key: string) => string, language: 'sv' | 'en'): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (!(error instanceof HttpErrorResponse)) {
    return new ApiError(0, t('errors.unexpected'), undefined, {}, language);
  }
  if (error.status === 0) {
    return new ApiError(0, t('errors.network'), undefined, {}, language);
  }
  const body: unknown = error.error;
  if (isRecord(body)) {
    const message = messageOf(body['message']) ?? fallbackMessage(error.status, t);
    const errors = fieldErrorsOf(body['errors']);
    return new ApiError(error.status, message, errors, contextOf(body), language);
  }
  return new ApiError(error.status, fallbackMessage(error.status, t), undefined, {}, language);
}

function fallbackMessage(status: number, t: (key: string) => string): string {
  if (status === 429) return t('errors.tooManyAttempts');
  if (status === 403) return t('errors.forbidden');
  return t('errors.unexpected');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Nest's default validation answer has `message: string[]`; join it rather than lose it.
function messageOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.length) return value.join(' ');
  return undefined;
}

/** What else the body carries besides the contract's own fields (and Nest's `error` label). */
function contextOf(body: Record<string, unknown>): Record<string, unknown> {
  const own = new Set(['statusCode', 'message', 'errors', 'error']);
  return Object.fromEntries(Object.entries(body).filter(([key]) => !own.has(key)));
}

function fieldErrorsOf(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : undefined;
}
