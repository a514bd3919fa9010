export * from './lib/representation';
export * from './lib/responses';
export * from './lib/app-error';
