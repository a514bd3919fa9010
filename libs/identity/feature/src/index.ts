export * from './lib/auth/auth';
export * from './lib/auth/auth-interceptor';
export * from './lib/auth/capability-guard';
export * from './lib/auth/role-home';
export * from './lib/auth/provide-auth';
export * from './lib/i18n/texts';
export * from './lib/identity.routes';
