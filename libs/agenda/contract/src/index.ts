export * from './lib/agenda';
export * from './lib/speakers';
export * from './lib/programme-share';
