export * from './lib/registrations.routes';
