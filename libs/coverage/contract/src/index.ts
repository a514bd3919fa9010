export * from './lib/coverage';
