/** The codes of the six focus areas of the seeded (2025) strategy; a later version may rename, merge or add others. */
export const FOCUS_AREA_CODES = [
  'infrastructure',
  'digitalisation',
  'green-transition',
  'skills',
  'living-environment',
  'cooperation',
] as const;
/**
 * A focus-area code of some strategy version (FOCUS_AREA_CODE_PATTERN): the forms take the adopted
 * version's codes, whichever they are, and the server refuses others (`strategy.unknown-focus-area`).
 */
export type FocusAreaCode = string;

/** The most focus areas a request may name (a version has far fewer). */
export const MAX_FOCUS_AREAS = 20;

export interface FocusAreaResponse {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
}
