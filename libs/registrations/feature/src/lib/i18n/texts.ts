import { textGroup } from '@samverkan/shared/ui/startup';

/** The public pages: registering, the manage link, my sessions. */
export const registrationsPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** The staff pages: attendees, the outbox. */
export const registrationsStaffTexts = textGroup(
  () => import('./staff.sv'),
  () => import('./staff.en'),
);

/** A conference's own questions: the form's fields, the person's answers, the staff's editor and filter. */
export const registrationsQuestionsTexts = textGroup(
  () => import('./questions.sv'),
  () => import('./questions.en'),
);

/** Group registration: the form and the contact person's group page. */
export const registrationsGroupTexts = textGroup(
  () => import('./groups.sv'),
  () => import('./groups.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const REGISTRATIONS_TEXTS = [registrationsPagesTexts, registrationsStaffTexts, registrationsQuestionsTexts, registrationsGroupTexts];
