export * from './lib/conferences';
export * from './lib/conference-copy';
