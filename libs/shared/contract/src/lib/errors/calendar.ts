import type { ErrorText } from './error-text';

/** Error codes of the calendar domain, `calendar.<what>`, with their texts (see errors.ts). */
export const CALENDAR_ERRORS = {} as const satisfies Record<string, ErrorText>;
