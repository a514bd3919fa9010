/**
 * The error body every API error has (docs/api-contract.md): `code` is stable (ERROR_TEXTS), `message`
 * its text in the caller's language, `params` the values in that text, and `errors` maps a field name
 * to a short code where a field is at fault.
 */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  params?: Record<string, string | number>;
  errors?: Record<string, string>;
  /** Some errors carry context, e.g. `current` (the item as it is now) with a 409 for a stale edit. */
  [context: string]: unknown;
}
