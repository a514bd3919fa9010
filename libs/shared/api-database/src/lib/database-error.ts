import type { ErrorCode } from '@samverkan/shared/contract';

/**
 * Maps PostgreSQL errors that a client can cause to an HTTP status and an error code (its text is in
 * the contract's ERROR_TEXTS), so that a constraint violation never surfaces as a 500.
 * SQLSTATEs: postgresql.org/docs/current/errcodes-appendix.html
 */
export interface MappedDatabaseError {
  status: 409 | 422 | 400 | 503;
  code: ErrorCode;
  errors?: Record<string, string>;
}

interface PgErrorLike {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

function isPgError(error: unknown): error is PgErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as PgErrorLike).code === 'string';
}

/** Constraint names follow `<table>_<field>_<kind>`, so the field can be named in `errors`. */
function fieldOf(constraint: string | undefined): string | undefined {
  const match = constraint?.match(/^[a-z0-9]+?_([a-z0-9_]+?)_(uq|unique|key|check|ck|fk)$/);
  if (!match) return undefined;
  return match[1].replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  // A write to a connection the server has just closed (the fault drill met it while PostgreSQL stopped).
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

const UNAVAILABLE: MappedDatabaseError = { status: 503, code: 'server.unavailable' };

/**
 * Overload, not a fault: no pooled connection came free in time, the server has no connection slot,
 * a statement ran past statement_timeout, or the transaction was chosen to end a deadlock or failed to
 * serialise (nothing of it was written). 503 tells the client to try again (with Retry-After).
 */
const BUSY: MappedDatabaseError = { status: 503, code: 'server.busy' };
const BUSY_CODES = new Set(['53000', '53300', '57014', '55P03', '40P01', '40001']);

function isPoolTimeout(error: unknown): boolean {
  return error instanceof Error && /timeout exceeded when trying to connect/i.test(error.message);
}

/**
 * A connection lost mid-request carries no SQLSTATE: node-pg says "Connection terminated…", and
 * TypeORM refuses to go on with a query runner whose connection went away.
 */
function isLostConnection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    /^QueryRunner(Provider)?AlreadyReleasedError$/.test(error.name) ||
    /Connection terminated|not queryable|Connection is not established/i.test(error.message)
  );
}

/**
 * The server cannot be reached at all: a failed `connect` (a refused or unreachable address, or the
 * socket file of a local server that is down: ENOENT), which carries a system error code, not a SQLSTATE.
 */
function isFailedConnect(error: unknown): boolean {
  return error instanceof Error && (error as { syscall?: string }).syscall === 'connect';
}

export function mapDatabaseError(raw: unknown): MappedDatabaseError | undefined {
  // TypeORM wraps driver errors in QueryFailedError with the driver error as `driverError`.
  const error = (raw as { driverError?: unknown })?.driverError ?? raw;
  if (isLostConnection(error) || isLostConnection(raw)) return UNAVAILABLE;
  if (isPoolTimeout(error) || isPoolTimeout(raw)) return BUSY;
  if (isFailedConnect(error)) return UNAVAILABLE;
  if (!isPgError(error)) return undefined;
  const field = fieldOf(error.constraint);
  const errors = field ? { [field]: error.code === '23505' ? 'taken' : 'invalid' } : undefined;
  switch (error.code) {
    case '23505':
      return { status: 409, code: 'database.duplicate', errors };
    case '23503':
      return { status: 422, code: 'database.reference', errors };
    case '23514':
    case '23502':
    case '23P01':
      return { status: 422, code: 'database.constraint', errors };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
    case '22021':
      return { status: 400, code: 'database.bad-value' };
    default:
      if (CONNECTION_CODES.has(error.code ?? '')) return UNAVAILABLE;
      if (BUSY_CODES.has(error.code ?? '')) return BUSY;
      return undefined;
  }
}
