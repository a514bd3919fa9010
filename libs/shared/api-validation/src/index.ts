export * from './lib/decorators';
export * from './lib/text';
export * from './lib/email';
export * from './lib/date-time';
