export * from './lib/committee.routes';
