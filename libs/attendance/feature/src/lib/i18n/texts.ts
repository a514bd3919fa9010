import { textGroup } from '@samverkan/shared/ui/startup';

/** The staff's check-in page at the door. */
export const attendanceCheckInTexts = textGroup(
  () => import('./check-in.sv'),
  () => import('./check-in.en'),
);

/** The attendee directory behind the manage link. */
export const attendanceDirectoryTexts = textGroup(
  () => import('./directory.sv'),
  () => import('./directory.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const ATTENDANCE_TEXTS = [attendanceCheckInTexts, attendanceDirectoryTexts];
