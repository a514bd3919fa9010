export * from './lib/check-in';
export * from './lib/directory';
