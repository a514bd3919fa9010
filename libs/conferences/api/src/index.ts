export * from './lib/conferences.module';
