import { textGroup } from '@samverkan/shared/ui/startup';

/** What pages outside the conference pages share: the start page's upcoming conferences, the registration page, staff pages (loaded at start-up). */
export const conferencesStartupTexts = textGroup(
  () => import('./startup.sv'),
  () => import('./startup.en'),
);

/** The public conference list and conference page. */
export const conferencesPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** The staff pages: managing conferences and themes. */
export const conferencesStaffTexts = textGroup(
  () => import('./staff.sv'),
  () => import('./staff.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const CONFERENCES_TEXTS = [conferencesStartupTexts, conferencesPagesTexts, conferencesStaffTexts];
