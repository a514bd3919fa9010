/** Where the accessibility statement and the privacy notice send people. */
export const ACCESSIBILITY_EMAIL = 'tillganglighet@svenskaindustrikommuner.se';
export const PRIVACY_EMAIL = 'dataskydd@svenskaindustrikommuner.se';
/** The association's office, the second way to reach us (accessibility statement). Not yet the real number: the association must set it. */
export const OFFICE_PHONE = '08-000 00 00';
