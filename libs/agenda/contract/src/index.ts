export * from './lib/agenda';
export * from './lib/speakers';
