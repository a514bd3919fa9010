export * from './lib/directory';
