import type { ErrorText } from './error-text';

/** Error codes of the identity domain, `identity.<what>`, with their texts (see errors.ts). */
export const IDENTITY_ERRORS = {} as const satisfies Record<string, ErrorText>;
