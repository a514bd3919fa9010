export * from './lib/ical';
