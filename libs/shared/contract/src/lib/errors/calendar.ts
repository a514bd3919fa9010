import type { ErrorText } from './error-text';

/** Error codes of the calendar domain, `calendar.<what>`, with their texts (see errors.ts). */
export const CALENDAR_ERRORS = {
  'calendar.conference-not-found': {
    sv: 'Konferensen finns inte.',
    en: 'The conference does not exist.',
  },
  'calendar.item-not-published': {
    sv: 'Programpunkten finns inte i något publicerat program.',
    en: 'The programme item is not in any published programme.',
  },
  'calendar.unknown-focus-area': {
    sv: 'Fokusområdet finns inte. Välj ett av fokusområdena i listan.',
    en: 'That focus area does not exist. Choose one of the focus areas in the list.',
  },
  'calendar.feed-not-found': {
    sv: 'Kalendern finns inte. Länken kan ha bytts ut; hämta en ny prenumerationslänk.',
    en: 'The calendar does not exist. The link may have been replaced; get a new subscription link.',
  },
  'calendar.registration-not-found': {
    sv: 'Anmälan finns inte. Använd länken i den senaste e-posten om din anmälan.',
    en: 'The registration does not exist. Use the link in the latest e-mail about your registration.',
  },
} as const satisfies Record<string, ErrorText>;
