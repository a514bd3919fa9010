export * from './lib/identity-feature/identity-feature';
