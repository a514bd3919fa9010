import type { ErrorText } from './error-text';

/** Error codes of open calls for proposals (proposals domain), `calls.<what>`, with their texts (see errors.ts). */
export const CALLS_ERRORS = {
  'calls.not-found': {
    sv: 'Uppropet finns inte eller är inte öppet just nu.',
    en: 'That call for proposals does not exist or is not open right now.',
  },
  'calls.invalid-period': {
    sv: 'Uppropet måste stänga efter att det öppnar.',
    en: 'The call must close after it opens.',
  },
  'calls.closed': {
    sv: 'Uppropet är stängt och tar inte emot fler förslag.',
    en: 'The call is closed and takes no more proposals.',
  },
  'calls.focus-area-not-in-call': {
    sv: 'Välj bland uppropets fokusområden.',
    en: "Choose among the call's focus areas.",
  },
  'calls.too-many-submissions': {
    sv: 'För många förslag på kort tid. Vänta en stund och försök igen.',
    en: 'Too many proposals in a short time. Wait a while and try again.',
  },
  'calls.confirmation-not-found': {
    sv: 'Länken fungerar inte: den är okänd eller för gammal. Skicka förslaget igen så får du en ny länk.',
    en: 'The link does not work: it is unknown or too old. Send the proposal again to get a new link.',
  },
  'calls.submission-not-found': {
    sv: 'Förslaget finns inte.',
    en: 'That proposal does not exist.',
  },
  'calls.already-decided': {
    sv: 'Förslaget är redan taget upp eller avböjt.',
    en: 'The proposal has already been taken up or declined.',
  },
} as const satisfies Record<string, ErrorText>;
