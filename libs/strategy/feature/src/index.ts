export * from './lib/strategy-feature/strategy-feature';
