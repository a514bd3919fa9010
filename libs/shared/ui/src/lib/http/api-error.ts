import type { ApiErrorBody } from '@samverkan/shared/contract';

/**
 * The contract's error body as a thrown value. An `Error` subclass so that Angular
 * resources keep it as is (they wrap anything that is not error-like).
 */
export class ApiError extends Error implements ApiErrorBody {
  /** The body's other fields (e.g. `current` with a 409 for a stale edit), as the contract allows. */
  [context: string]: unknown;

  override readonly name = 'ApiError';
  /** Extra fields of the body, kept apart so `toBody()` can give them back. */
  readonly context: Readonly<Record<string, unknown>>;

  constructor(
    readonly statusCode: number,
    message: string,
    readonly errors?: Record<string, string>,
    context: Record<string, unknown> = {},
    /** The language `message` is in: the page's when the request went (the API answers in it). */
    readonly language?: 'sv' | 'en',
  ) {
    super(message);
    this.context = context;
  }

  /** The contract's stable code; `client.network` when no answer came, `client.unexpected` for anything else without one. */
  get code(): string {
    const code = this.context['code'];
    if (typeof code === 'string') return code;
    return this.statusCode === 0 ? 'client.network' : 'client.unexpected';
  }

  /** The values in the code's text (`params` of the body). */
  get params(): Record<string, string | number> | undefined {
    const params = this.context['params'];
    return typeof params === 'object' && params !== null ? (params as Record<string, string | number>) : undefined;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { ...this.context, statusCode: this.statusCode, code: this.code, message: this.message };
    return this.errors ? { ...body, errors: this.errors } : body;
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
