import { textGroup } from '@samverkan/shared/ui/startup';

/** Roles and organisation types, which the shell and several domains show (loaded at start-up). */
export const identityStartupTexts = textGroup(
  () => import('./startup.sv'),
  () => import('./startup.en'),
);

/** The login and password-reset pages. */
export const identityPagesTexts = textGroup(
  () => import('./pages.sv'),
  () => import('./pages.en'),
);

/** The staff pages: role homes, users, organisations. */
export const identityStaffTexts = textGroup(
  () => import('./staff.sv'),
  () => import('./staff.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const IDENTITY_TEXTS = [identityStartupTexts, identityPagesTexts, identityStaffTexts];
