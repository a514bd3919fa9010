import type { ErrorText } from './error-text';

/** Error codes of the messaging domain, `messaging.<what>`, with their texts (see errors.ts). */
export const MESSAGING_ERRORS = {
  'messaging.unknown-merge-field': {
    sv: 'Fältet {{field}} finns inte. Använd något av fälten i hjälpen.',
    en: 'There is no field {{field}}. Use one of the fields in the help.',
  },
  'messaging.reminder-time': {
    sv: 'Ange antingen antal dagar före konferensen eller en tidpunkt för påminnelsen.',
    en: 'Give either the number of days before the conference or a time for the reminder.',
  },
} as const satisfies Record<string, ErrorText>;
