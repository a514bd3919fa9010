import type { ErrorText } from './error-text';

/** Error codes of group registration, `groups.<what>`, with their texts (see errors.ts). */
export const GROUPS_ERRORS = {
  'groups.not-found': {
    sv: 'Gruppen finns inte. Kontrollera länken i e-postmeddelandet och försök igen.',
    en: 'The group does not exist. Check the link in the e-mail and try again.',
  },
  'groups.duplicate-in-group': {
    sv: '{email} står med två gånger i gruppen (deltagare {position}, {name}). Ta bort dubbletten och försök igen. Ingen har anmälts.',
    en: '{email} is in the group twice (participant {position}, {name}). Remove the duplicate and try again. Nobody has been registered.',
  },
  'groups.already-registered': {
    sv: '{name} ({email}, deltagare {position}) är redan anmäld till konferensen. Ta bort personen ur listan och försök igen. Ingen har anmälts.',
    en: '{name} ({email}, participant {position}) is already registered for the conference. Remove them from the list and try again. Nobody has been registered.',
  },
  'groups.member-already-registered': {
    sv: '{name} ({email}) är redan anmäld till konferensen.',
    en: '{name} ({email}) is already registered for the conference.',
  },
  'groups.member-not-found': {
    sv: 'Personen finns inte i gruppen. Läs in sidan igen.',
    en: 'That person is not in the group. Reload the page.',
  },
} as const satisfies Record<string, ErrorText>;
