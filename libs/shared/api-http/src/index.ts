export * from './lib/representation';
export * from './lib/responses';
