export * from './lib/conferences.routes';
