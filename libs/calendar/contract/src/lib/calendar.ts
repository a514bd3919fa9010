// Calendar feeds are iCal text; this domain has no JSON request or response types yet.
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
