export * from './lib/strategy-api.module';
