import { textGroup } from '@samverkan/shared/ui/startup';

/** The app shell: header, menu, footer, the not-found page (loaded at start-up). */
export const appShellTexts = textGroup(
  () => import('./shell.sv'),
  () => import('./shell.en'),
);

/** The start page. */
export const appStartTexts = textGroup(
  () => import('./start.sv'),
  () => import('./start.en'),
);

/** The accessibility statement. */
export const appAccessibilityTexts = textGroup(
  () => import('./accessibility.sv'),
  () => import('./accessibility.en'),
);

/** The privacy notice. */
export const appPrivacyTexts = textGroup(
  () => import('./privacy.sv'),
  () => import('./privacy.en'),
);

/** Every text group of the domain (the translation checks read them all). */
export const APP_TEXTS = [appShellTexts, appStartTexts, appAccessibilityTexts, appPrivacyTexts];
