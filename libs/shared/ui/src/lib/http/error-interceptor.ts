import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { catchError, throwError } from 'rxjs';
import { errorText, isErrorCode, type ErrorCode, type ErrorParams } from '@samverkan/shared/contract';
import { ApiError } from './api-error';

/**
 * The one place HTTP errors are normalised: every failed request errors with an ApiError
 * shaped like the contract body `{ statusCode, message, errors? }`. No response at all
 * (offline, server down) becomes statusCode 0 with a translated message.
 */
export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  const translate = inject(TranslateService);
  return next(request).pipe(
    catchError((error: unknown) =>
      throwError(() => toApiError(error, (key) => translate.instant(key), translate.getCurrentLang() === 'en' ? 'en' : 'sv')),
    ),
  );
};

/**
 * Codes whose text is general: the server's Swedish message says more there (each field's fault, or
 * the words of an error thrown without a code of its own), so Swedish readers keep it.
 */
const GENERAL: ReadonlySet<ErrorCode> = new Set([
  'validation.failed',
  'request.invalid',
  'request.not-found',
  'request.conflict',
  'request.not-processable',
  'auth.unauthenticated',
  'auth.forbidden',
  'request.too-many',
]);

/** The error's text in the reader's language, translated by its code (ERROR_TEXTS), else the server's words. */
function messageIn(body: Record<string, unknown>, language: 'sv' | 'en'): string | undefined {
  const code = body['code'];
  const params = isRecord(body['params']) ? (body['params'] as ErrorParams) : undefined;
  if (isErrorCode(code) && !(language === 'sv' && GENERAL.has(code) && messageOf(body['message'])))
    return errorText(code, language, params);
  return messageOf(body['message']);
}

function toApiError(error: unknown, t: (key: string) => string, language: 'sv' | 'en' = 'sv'): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (!(error instanceof HttpErrorResponse)) {
    return new ApiError(0, t('errors.unexpected'));
  }
  if (error.status === 0) {
    return new ApiError(0, t('errors.network'));
  }
  const body: unknown = error.error;
  if (isRecord(body)) {
    const message = messageIn(body, language) ?? fallbackMessage(error.status, t);
    const errors = fieldErrorsOf(body['errors']);
    return new ApiError(error.status, message, errors, contextOf(body));
  }
  return new ApiError(error.status, fallbackMessage(error.status, t));
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
