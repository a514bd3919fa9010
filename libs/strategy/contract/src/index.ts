export * from './lib/strategy-contract';
