export * from './lib/test-providers';
