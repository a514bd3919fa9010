import type { ErrorText } from './error-text';

/** Error codes of the attendance domain, `attendance.<what>`, with their texts (see errors.ts). */
export const ATTENDANCE_ERRORS = {
  'attendance.unknown-code': {
    sv: 'Koden hör inte till någon anmälan till den här konferensen. Sök på personens namn i stället.',
    en: 'The code does not belong to any registration for this conference. Search for the person’s name instead.',
  },
  'attendance.not-found': {
    sv: 'Anmälan finns inte på den här konferensen.',
    en: 'The registration does not exist at this conference.',
  },
  'attendance.waitlisted': {
    sv: 'Personen står på reservlistan och har ingen plats. Hänvisa till konferensens personal vid entrén.',
    en: 'The person is on the waiting list and has no seat. Refer them to the conference staff at the entrance.',
  },
  'attendance.cancelled': {
    sv: 'Anmälan är avbokad, så personen kan inte checkas in. Hänvisa till konferensens personal vid entrén.',
    en: 'The registration is cancelled, so the person cannot be checked in. Refer them to the conference staff at the entrance.',
  },
  'attendance.anonymised': {
    sv: 'Anmälan är anonymiserad och kan inte checkas in.',
    en: 'The registration has been anonymised and cannot be checked in.',
  },
} as const satisfies Record<string, ErrorText>;
