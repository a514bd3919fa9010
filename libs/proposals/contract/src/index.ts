export * from './lib/proposals';
export * from './lib/calls';
