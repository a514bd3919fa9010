export * from './lib/strategy';
