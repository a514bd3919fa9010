export * from './lib/agenda';
