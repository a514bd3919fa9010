export const FOCUS_AREA_CODES = [
  'infrastructure',
  'digitalisation',
  'green-transition',
  'skills',
  'living-environment',
  'cooperation',
] as const;
export type FocusAreaCode = (typeof FOCUS_AREA_CODES)[number];

export interface FocusAreaResponse {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
}
