import type { ErrorText } from './error-text';

/** Error codes of the registrations domain, `registrations.<what>`, with their texts (see errors.ts). */
export const REGISTRATIONS_ERRORS = {
  'registrations.not-found': {
    sv: 'Anmälan finns inte. Kontrollera länken och försök igen.',
    en: 'The registration does not exist. Check the link and try again.',
  },
  'registrations.duplicate': {
    sv: 'Den e-postadressen är redan anmäld till konferensen. Använd länken i bekräftelsen för att se eller ändra anmälan.',
    en: 'That e-mail address is already registered for the conference. Use the link in the confirmation to see or change the registration.',
  },
  'registrations.unknown-organisation': {
    sv: 'Organisationen finns inte. Skriv organisationens namn och välj dess typ.',
    en: 'The organisation does not exist. Enter the organisation’s name and choose its type.',
  },
  'registrations.cancelled': {
    sv: 'Anmälan är avbokad och kan inte ändras. Anmäl dig på nytt om du vill delta.',
    en: 'The registration is cancelled and cannot be changed. Register again if you want to take part.',
  },
  'registrations.health-data-without-consent': {
    sv: 'Kost och tillgänglighet sparas bara med ditt samtycke. Kryssa i samtycket eller töm fälten.',
    en: 'Dietary and accessibility needs are kept only with your consent. Tick the consent or empty the fields.',
  },
  'registrations.check-in-not-confirmed': {
    sv: 'Bara bekräftade deltagare kan checkas in.',
    en: 'Only confirmed participants can be checked in.',
  },
  'registrations.not-on-waitlist': {
    sv: 'Personen står inte på reservlistan. Läs in sidan igen.',
    en: 'The person is not on the waiting list. Reload the page.',
  },
  'registrations.waitlist-position-out-of-range': {
    sv: 'Välj en plats från 1 till {length} på reservlistan.',
    en: 'Choose a place from 1 to {length} on the waiting list.',
  },
  'registrations.item-needs-confirmed': {
    sv: 'Bara bekräftade deltagare kan anmäla sig till programpunkter.',
    en: 'Only confirmed participants can sign up for programme items.',
  },
  'registrations.item-not-found': {
    sv: 'Programpunkten finns inte i programmet. Läs in sidan igen.',
    en: 'The programme item is not in the programme. Reload the page.',
  },
  'registrations.item-without-signup': {
    sv: 'Programpunkten kräver ingen anmälan. Du är välkommen ändå.',
    en: 'The programme item needs no sign-up. You are welcome anyway.',
  },
  'registrations.item-overlaps': {
    sv: 'Programpunkten krockar med ”{title}”, som du redan har valt. Avboka den först om du vill byta.',
    en: 'The programme item clashes with “{title}”, which you have already chosen. Cancel that first if you want to swap.',
  },
  'registrations.item-full': {
    sv: 'Programpunkten är full. Välj en annan.',
    en: 'The programme item is full. Choose another one.',
  },
} as const satisfies Record<string, ErrorText>;
