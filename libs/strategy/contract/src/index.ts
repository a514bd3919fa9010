export * from './lib/strategy';
export * from './lib/strategy-versions';
export * from './lib/strategy-consultation';
export * from './lib/word-diff';
export * from './lib/strategy-citations';
export * from './lib/strategy-evidence';
export * from './lib/strategy-publication';
