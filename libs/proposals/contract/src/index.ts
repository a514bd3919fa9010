export * from './lib/proposals';
