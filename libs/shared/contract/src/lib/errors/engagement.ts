import type { ErrorText } from './error-text';

/** Error codes of members' engagement and the annual summary, `engagement.<what>`, with their texts (see errors.ts). */
export const ENGAGEMENT_ERRORS = {
  'engagement.year-invalid': {
    sv: 'Ange ett år mellan {first} och {last}.',
    en: 'Give a year between {first} and {last}.',
  },
  'engagement.member-not-found': {
    sv: 'Det finns ingen sådan medlemsorganisation.',
    en: 'There is no such member organisation.',
  },
} as const satisfies Record<string, ErrorText>;
