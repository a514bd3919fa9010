import type { ErrorText } from './error-text';

/** Error codes of the committee domain, `committee.<what>`, with their texts (see errors.ts). */
export const COMMITTEE_ERRORS = {} as const satisfies Record<string, ErrorText>;
