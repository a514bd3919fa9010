export * from './lib/identity-contract';
