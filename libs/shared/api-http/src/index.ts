export * from './lib/representation';
