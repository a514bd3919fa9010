export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type CalendarLanguage = 'sv' | 'en';

export type { CalendarLinkResponse } from '@samverkan/shared/contract';
