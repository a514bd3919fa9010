export * from './lib/check-in';
