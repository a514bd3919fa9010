import type { ErrorText } from './error-text';

/** Error codes of the conferences domain, `conferences.<what>`, with their texts (see errors.ts). */
export const CONFERENCES_ERRORS = {
  'conferences.not-found': {
    sv: 'Konferensen finns inte. Välj en konferens i listan.',
    en: 'The conference does not exist. Choose a conference from the list.',
  },
  'conferences.theme-not-found': {
    sv: 'Temat finns inte. Läs in sidan igen.',
    en: 'The theme does not exist. Reload the page.',
  },
  'conferences.archived': {
    sv: 'En arkiverad konferens kan inte ändras.',
    en: 'An archived conference cannot be changed.',
  },
  'conferences.capacity-below-confirmed': {
    sv: 'Antalet platser kan inte bli färre än de bekräftade deltagarna. Ange minst {confirmed}.',
    en: 'The number of seats cannot be lower than the confirmed participants. Enter at least {confirmed}.',
  },
  'conferences.dates-inconsistent': {
    sv: 'Tiderna går inte ihop: slutet måste komma efter början, och anmälan måste stänga innan konferensen slutar.',
    en: 'The times do not fit together: the end must come after the start, and registration must close before the conference ends.',
  },
  'conferences.publish-only-draft': {
    sv: 'Bara ett utkast kan publiceras.',
    en: 'Only a draft can be published.',
  },
  'conferences.cannot-cancel': {
    sv: 'Bara ett utkast eller en publicerad konferens kan ställas in.',
    en: 'Only a draft or a published conference can be cancelled.',
  },
  'conferences.cannot-archive': {
    sv: 'Bara en publicerad eller inställd konferens kan arkiveras.',
    en: 'Only a published or cancelled conference can be archived.',
  },
  // Registration is refused while the conference is not open for it.
  'conferences.registration-not-open': {
    sv: 'Konferensen är inte öppen för anmälan.',
    en: 'The conference is not open for registration.',
  },
  'conferences.registration-opens-later': {
    sv: 'Anmälan öppnar {opensAt}. Välkommen tillbaka då.',
    en: 'Registration opens on {opensAt}. Please come back then.',
  },
  'conferences.registration-closed': {
    sv: 'Anmälan har stängt.',
    en: 'Registration has closed.',
  },
  'conferences.cancelled': {
    sv: 'Konferensen är inställd.',
    en: 'The conference has been cancelled.',
  },
} as const satisfies Record<string, ErrorText>;
