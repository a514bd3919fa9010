export * from './lib/evaluation';
