import type { ErrorText } from './error-text';

/**
 * Error codes of the attendance domain's printouts and directory (certificate, attendee directory),
 * `attendance.<what>`, with their texts (see errors.ts).
 */
export const ATTENDANCE_PRINT_ERRORS = {
  'attendance.certificate-not-checked-in': {
    sv: 'Intyget finns när du har checkats in på konferensen. Var du där men blev inte incheckad? Kontakta arrangören.',
    en: 'The certificate is available once you have been checked in at the conference. Were you there but not checked in? Contact the organisers.',
  },
  'attendance.certificate-cancelled': {
    sv: 'Anmälan är avbokad, så det finns inget intyg.',
    en: 'The registration is cancelled, so there is no certificate.',
  },
  'attendance.certificate-not-confirmed': {
    sv: 'Du står på reservlistan och har ingen plats på konferensen, så det finns inget intyg.',
    en: 'You are on the waiting list and have no place at the conference, so there is no certificate.',
  },
  'attendance.directory-not-confirmed': {
    sv: 'Deltagarlistan visas för deltagare med bekräftad plats. Den öppnas för dig om du får en plats.',
    en: 'The attendee list is shown to participants with a confirmed place. It opens for you if you get a place.',
  },
  'attendance.directory-not-shown': {
    sv: 'Du ser deltagarlistan när du själv visas på den. Välj att visas på deltagarlistan under dina uppgifter.',
    en: 'You can see the attendee list when you are shown on it yourself. Choose to be shown on the attendee list under your details.',
  },
} as const satisfies Record<string, ErrorText>;
