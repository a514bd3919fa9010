export * from './lib/registrations.routes';
export * from './lib/i18n/texts';
