export * from './lib/api-error';
export * from './lib/audit';
export * from './lib/calendar-link';
export * from './lib/documents';
export * from './lib/errors';
export * from './lib/health';
export * from './lib/page';
