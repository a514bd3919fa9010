export * from './lib/registrations';
export * from './lib/fees';
