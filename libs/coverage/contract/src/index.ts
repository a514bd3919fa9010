export * from './lib/coverage';
export * from './lib/engagement';
