export * from './lib/strategy';
export * from './lib/strategy-versions';
