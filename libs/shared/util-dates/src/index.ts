export * from './lib/stockholm';
