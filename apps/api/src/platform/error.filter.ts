import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { EntityNotFoundError } from 'typeorm';
import type { ApiErrorBody } from '@samverkan/shared/contract';
import { mapDatabaseError } from '@samverkan/shared/api-database';

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Begäran är felaktig.',
  401: 'Du behöver logga in.',
  403: 'Du har inte behörighet till detta.',
  404: 'Det du söker finns inte.',
  405: 'Metoden stöds inte här.',
  409: 'Konflikt med befintliga uppgifter.',
  413: 'Begäran är för stor.',
  415: 'Innehållstypen stöds inte. Skicka JSON.',
  422: 'Uppgifterna kan inte behandlas.',
  429: 'För många förfrågningar. Vänta en stund och försök igen.',
  503: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
};

const MALFORMED_ADDRESS = /^URI malformed|^Failed to decode param/;

/**
 * The one place errors become responses: every error body has the contract's shape
 * `{ statusCode, message, errors? }`, database errors a client can cause become 4xx, and nothing
 * internal (SQL, stack traces) leaks.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (response.headersSent) return;
    // Unavailable or overloaded for a moment: say when to try again.
    if (body.statusCode === 503) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const fromObject = typeof raw === 'object' && raw !== null ? (raw as { message?: unknown; errors?: unknown }) : {};
      let message = typeof raw === 'string' ? raw : fromObject.message;
      if (Array.isArray(message)) message = message.join(' ');
      if (status === 400 && typeof message === 'string' && MALFORMED_ADDRESS.test(message)) {
        // The router's words for a malformed percent-encoding in the path.
        message = 'Adressen innehåller ogiltiga tecken.';
      } else if (status === 400 && typeof message === 'string' && /JSON|^Unexpected (token|end)/.test(message)) {
        // Body-parser errors arrive as BadRequestException with the parser's own words.
        message = 'Innehållet är inte giltig JSON.';
      }
      if (
        typeof message !== 'string' ||
        !message ||
        /^(Cannot (GET|POST|PUT|PATCH|DELETE) |Http Exception|Bad Request|Not Found|Forbidden|Unauthorized|Forbidden resource|Unprocessable Entity|Conflict)/.test(
          message,
        )
      ) {
        message = DEFAULT_MESSAGES[status] ?? exception.message;
      }
      const errors = fromObject.errors && typeof fromObject.errors === 'object' ? (fromObject.errors as Record<string, string>) : undefined;
      // Extra context a service chose to send, e.g. `current` with a 409 for a stale edit.
      const { statusCode: _s, message: _m, error: _e, errors: _errs, ...extra } = fromObject as Record<string, unknown>;
      void [_s, _m, _e, _errs];
      return { statusCode: status, message: message as string, ...(errors ? { errors } : {}), ...extra };
    }
    if (exception instanceof EntityNotFoundError) return { statusCode: 404, message: DEFAULT_MESSAGES[404] };
    const mapped = mapDatabaseError(exception);
    if (mapped) return { statusCode: mapped.status, message: mapped.message, ...(mapped.errors ? { errors: mapped.errors } : {}) };
    // Errors from body parsing (bad JSON, too large, wrong charset) carry an HTTP status of their own.
    const status = (exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const message =
        type === 'entity.parse.failed' ? 'Innehållet är inte giltig JSON.' : (DEFAULT_MESSAGES[status] ?? DEFAULT_MESSAGES[400]);
      return { statusCode: status, message };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      message: 'Något gick fel hos oss. Försök igen, och kontakta oss om felet kvarstår.',
    };
  }
}
