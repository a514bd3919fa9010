import type { ApiErrorBody } from '@samverkan/shared/contract';

/**
 * The contract's error body as a thrown value. An `Error` subclass so that Angular
 * resources keep it as is (they wrap anything that is not error-like).
 */
export class ApiError extends Error implements ApiErrorBody {
  override readonly name = 'ApiError';

  constructor(
    readonly statusCode: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return this.errors
      ? { statusCode: this.statusCode, message: this.message, errors: this.errors }
      : { statusCode: this.statusCode, message: this.message };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Anything caught from a request, as an ApiError (the error interceptor already does this for HTTP calls). */
export function asApiError(value: unknown, fallbackMessage: string): ApiError {
  if (value instanceof ApiError) {
    return value;
  }
  if (value instanceof Error && value.cause instanceof ApiError) {
    return value.cause;
  }
  return new ApiError(0, fallbackMessage);
}
