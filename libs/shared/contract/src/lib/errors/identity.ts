import type { ErrorText } from './error-text';

/** Error codes of the identity domain, `identity.<what>`, with their texts (see errors.ts). */
export const IDENTITY_ERRORS = {
  'identity.wrong-credentials': {
    sv: 'Fel e-postadress eller lösenord.',
    en: 'Wrong e-mail address or password.',
  },
  'identity.session-ended': {
    sv: 'Din inloggning har gått ut. Logga in igen.',
    en: 'Your sign-in has expired. Sign in again.',
  },
  'identity.too-many-logins': {
    sv: 'För många inloggningsförsök. Vänta en stund och försök igen.',
    en: 'Too many sign-in attempts. Wait a while and try again.',
  },
  'identity.wrong-password': {
    sv: 'Det nuvarande lösenordet stämmer inte. Skriv in det lösenord du loggade in med.',
    en: 'The current password is not right. Enter the password you signed in with.',
  },
  'identity.reset-link-invalid': {
    sv: 'Länken är ogiltig, redan använd eller för gammal. Be om en ny länk.',
    en: 'The link is invalid, already used or too old. Ask for a new link.',
  },
  'identity.cannot-demote-self': {
    sv: 'Du kan inte ta bort din egen administratörsroll eller inaktivera dig själv. Be en annan administratör om det.',
    en: 'You cannot remove your own administrator role or deactivate yourself. Ask another administrator to do it.',
  },
  'identity.user-not-found': {
    sv: 'Användaren finns inte. Välj en användare i listan.',
    en: 'The user does not exist. Choose a user from the list.',
  },
  'identity.organisation-not-found': {
    sv: 'Organisationen finns inte. Välj en organisation i listan.',
    en: 'The organisation does not exist. Choose an organisation from the list.',
  },
} as const satisfies Record<string, ErrorText>;
