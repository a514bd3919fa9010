import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityNotFoundError } from 'typeorm';
import { errorText, type ApiErrorBody, type ErrorCode, type ErrorLanguage, type ErrorParams } from '@samverkan/shared/contract';
import { mapDatabaseError } from '@samverkan/shared/api-database';
import { AppError } from '@samverkan/shared/api-http';

/** The code of an error nobody gave one, by its status. */
const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'request.invalid',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'request.not-found',
  405: 'request.method-not-allowed',
  409: 'request.conflict',
  413: 'request.too-large',
  415: 'request.unsupported-type',
  422: 'request.not-processable',
  429: 'request.too-many',
  503: 'server.unavailable',
};

interface Described {
  statusCode: number;
  code: ErrorCode;
  params?: ErrorParams;
  errors?: Record<string, string>;
  /**
   * Swedish text that says more than the code's (what is wrong with each field, or the message of an
   * exception thrown without a code): Swedish readers get it instead of the code's text.
   */
  detailSv?: string;
  context?: Record<string, unknown>;
}

/** The caller's language: the web's `lang` cookie, else the first language of Accept-Language; Swedish by default. */
export function languageOf(req: Pick<Request, 'headers'> | undefined): ErrorLanguage {
  const cookie = /(?:^|;\s*)lang=(sv|en)\b/.exec(String(req?.headers?.cookie ?? ''))?.[1];
  if (cookie) return cookie as ErrorLanguage;
  const accepted = String(req?.headers?.['accept-language'] ?? '')
    .split(',')[0]
    ?.trim()
    .toLowerCase();
  return accepted?.startsWith('en') ? 'en' : 'sv';
}

/**
 * The one place errors become responses: every error body has the contract's shape
 * `{ statusCode, code, message, params?, errors? }` with the message in the caller's language,
 * database errors a client can cause become 4xx, and nothing internal (SQL, stack traces) leaks.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request | undefined>();
    const described = this.describe(exception);
    if (described.statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (response.headersSent) return;
    // Unavailable or overloaded for a moment: say when to try again.
    if (described.statusCode === 503) response.setHeader('Retry-After', '5');
    response.status(described.statusCode).json(toBody(described, languageOf(request)));
  }

  private describe(exception: unknown): Described {
    if (exception instanceof AppError) {
      const { params, errors, context } = exception.details;
      return { statusCode: exception.getStatus(), code: exception.code, params, errors, context };
    }
    if (exception instanceof HttpException) return describeHttpException(exception);
    if (exception instanceof EntityNotFoundError) return { statusCode: 404, code: 'request.not-found' };
    const mapped = mapDatabaseError(exception);
    if (mapped) return { statusCode: mapped.status, code: mapped.code, errors: mapped.errors };
    // Errors from body parsing (bad JSON, too large, wrong charset) carry an HTTP status of their own.
    const status = (exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      return { statusCode: status, code: type === 'entity.parse.failed' ? 'request.invalid-json' : (CODE_OF_STATUS[status] ?? 'request.invalid') };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'server.error' };
  }
}

/** Nest's own words for its exceptions: never shown, the code's text is. */
const NEST_DEFAULT = /^(Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) |Http Exception|Bad Request|Not Found|Forbidden|Unauthorized|Forbidden resource|Unprocessable Entity|Conflict|Too Many Requests|Payload Too Large|Unsupported Media Type|Method Not Allowed)/;

/** Nest's own exceptions (routing, body parser, validation pipe, guards), the throttler's, and any thrown without a code. */
function describeHttpException(exception: HttpException): Described {
  const status = exception.getStatus();
  const raw = exception.getResponse();
  const fromObject = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const given = typeof raw === 'string' ? raw : fromObject['message'];
  const message = Array.isArray(given) ? given.join(' ') : typeof given === 'string' ? given : '';
  const errors = fromObject['errors'] && typeof fromObject['errors'] === 'object' ? (fromObject['errors'] as Record<string, string>) : undefined;
  const { statusCode: _s, message: _m, error: _e, errors: _errs, ...context } = fromObject;
  void [_s, _m, _e, _errs];
  if (status === 400 && /^URI malformed|Failed to decode param/.test(message)) return { statusCode: 400, code: 'request.invalid-address' };
  if (status === 400 && /JSON|^Unexpected (token|end)/.test(message)) return { statusCode: 400, code: 'request.invalid-json' };
  const detailSv = message && !NEST_DEFAULT.test(message) ? message : undefined;
  const code = status === 400 && errors ? 'validation.failed' : (CODE_OF_STATUS[status] ?? (status >= 500 ? 'server.error' : 'request.invalid'));
  return { statusCode: status, code, errors, detailSv, context: Object.keys(context).length ? context : undefined };
}

export function toBody(described: Described, language: ErrorLanguage): ApiErrorBody {
  const message = language === 'sv' && described.detailSv ? described.detailSv : errorText(described.code, language, described.params);
  return {
    ...described.context,
    statusCode: described.statusCode,
    code: described.code,
    message,
    ...(described.params ? { params: described.params } : {}),
    ...(described.errors ? { errors: described.errors } : {}),
  };
}
