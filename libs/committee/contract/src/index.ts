export * from './lib/committee';
