import type { ErrorText } from './error-text';

/** Error codes of the conferences domain, `conferences.<what>`, with their texts (see errors.ts). */
export const CONFERENCES_ERRORS = {} as const satisfies Record<string, ErrorText>;
