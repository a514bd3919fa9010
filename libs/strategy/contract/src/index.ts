export * from './lib/strategy';
export * from './lib/strategy-versions';
export * from './lib/strategy-consultation';
export * from './lib/word-diff';
