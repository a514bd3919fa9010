import { HttpException } from '@nestjs/common';
import type { ErrorCode, ErrorParams } from '@samverkan/shared/contract';

export interface AppErrorDetails {
  /** Values for the code's text, e.g. `{ at: '2027-04-01T09:00:00+02:00' }`. */
  params?: ErrorParams;
  /** Field → short code, where particular fields are at fault. */
  errors?: Record<string, string>;
  /** More for the client, e.g. `current` (the item as it is now) with a stale edit. */
  context?: Record<string, unknown>;
}

/**
 * An error the API answers with on purpose: an HTTP status and a stable code. The error filter writes
 * the message from the code's text in the caller's language (ERROR_TEXTS in the shared contract).
 */
export class AppError extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    readonly details: AppErrorDetails = {},
  ) {
    super(code, status);
  }
}

export const badRequest = (code: ErrorCode, details?: AppErrorDetails) => new AppError(400, code, details);
export const forbidden = (code: ErrorCode, details?: AppErrorDetails) => new AppError(403, code, details);
export const notFound = (code: ErrorCode, details?: AppErrorDetails) => new AppError(404, code, details);
export const conflict = (code: ErrorCode, details?: AppErrorDetails) => new AppError(409, code, details);
/** 422: the request is well formed, but the object's state does not allow it now. */
export const refused = (code: ErrorCode, details?: AppErrorDetails) => new AppError(422, code, details);
