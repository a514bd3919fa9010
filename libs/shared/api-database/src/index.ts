export * from './lib/shared-api-database.module';
