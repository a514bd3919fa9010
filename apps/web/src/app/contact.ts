/** Where the accessibility statement and the privacy notice send people. */
export const ACCESSIBILITY_EMAIL = 'tillganglighet@svenskaindustrikommuner.se';
export const PRIVACY_EMAIL = 'dataskydd@svenskaindustrikommuner.se';
