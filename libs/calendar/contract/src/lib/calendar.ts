export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type CalendarLanguage = 'sv' | 'en';

/** A subscription link (https; calendar apps take it as webcal:// too). */
export interface CalendarLinkResponse {
  url: string;
}
