export * from './lib/registrations.routes';
export * from './lib/i18n/sv';
export * from './lib/i18n/load-english';
