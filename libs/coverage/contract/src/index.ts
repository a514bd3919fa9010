export * from './lib/coverage';
export * from './lib/engagement';
export * from './lib/evidence';
