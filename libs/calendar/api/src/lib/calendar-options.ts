export const CALENDAR_OPTIONS = Symbol('CALENDAR_OPTIONS');

export interface CalendarOptions {
  publicUrl: string;
}
