export * from './lib/calendar.module';
export * from './lib/calendar-token.entity';

import { CalendarToken } from './lib/calendar-token.entity';
export const CALENDAR_ENTITIES = [CalendarToken];
