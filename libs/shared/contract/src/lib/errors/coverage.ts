import type { ErrorText } from './error-text';

/** Error codes of the coverage domain, `coverage.<what>`, with their texts (see errors.ts). */
export const COVERAGE_ERRORS = {} as const satisfies Record<string, ErrorText>;
