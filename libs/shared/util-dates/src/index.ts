export * from './lib/shared-util-dates';
