export * from './lib/calendar.module';
