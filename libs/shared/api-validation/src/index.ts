export * from './lib/decorators';
