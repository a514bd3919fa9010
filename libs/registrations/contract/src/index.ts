export * from './lib/registrations';
export * from './lib/questions';
export * from './lib/groups';
export * from './lib/fees';
