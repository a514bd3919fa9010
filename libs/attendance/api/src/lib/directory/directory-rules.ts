import type { RegistrationStatus } from '@samverkan/registrations/contract';

export type DirectoryRefusal = 'attendance.directory-not-confirmed' | 'attendance.directory-not-shown';

/**
 * Who may see the attendee directory: a participant with a confirmed place who is shown on it
 * themselves (the same consent that puts them on it: seeing others goes with being seen). A waitlisted
 * or cancelled registration is refused first, whatever its consent.
 */
export function directoryRefusal(me: { status: RegistrationStatus; showOnAttendeeList: boolean }): DirectoryRefusal | null {
  if (me.status !== 'confirmed') return 'attendance.directory-not-confirmed';
  if (!me.showOnAttendeeList) return 'attendance.directory-not-shown';
  return null;
}
