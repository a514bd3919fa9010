import { textGroup } from '@samverkan/shared/ui/startup';

/** The attendee directory behind the manage link. */
export const attendanceDirectoryTexts = textGroup(
  () => import('./directory.sv'),
  () => import('./directory.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const ATTENDANCE_TEXTS = [attendanceDirectoryTexts];
