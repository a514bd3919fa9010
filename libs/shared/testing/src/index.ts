export * from './lib/dictionary-keys';
export * from './lib/source-keys';
export * from './lib/text-rules';
