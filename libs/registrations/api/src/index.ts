export * from './lib/registrations.module';
export * from './lib/registration.entity';
export * from './lib/registration-options';
export * from './lib/registrations.service';
export * from './lib/registration-changes.service';
export * from './lib/registration-history';
export * from './lib/retention.service';
export * from './lib/registration-links';
