import type { ErrorText } from './error-text';

/** Error codes of the agenda domain, `agenda.<what>`, with their texts (see errors.ts). */
export const AGENDA_ERRORS = {} as const satisfies Record<string, ErrorText>;
