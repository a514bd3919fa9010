import type { ErrorText } from './error-text';

/** Error codes of the registrations domain, `registrations.<what>`, with their texts (see errors.ts). */
export const REGISTRATIONS_ERRORS = {} as const satisfies Record<string, ErrorText>;
