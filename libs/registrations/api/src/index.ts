export * from './lib/registrations.module';
