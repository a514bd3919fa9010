import type { ErrorText } from './error-text';

/** Error codes of the proposals domain, `proposals.<what>`, with their texts (see errors.ts). */
export const PROPOSALS_ERRORS = {} as const satisfies Record<string, ErrorText>;
