export * from './lib/conferences';
