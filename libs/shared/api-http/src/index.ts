export * from './lib/representation';
export * from './lib/responses';
export * from './lib/spreadsheet';
export * from './lib/shareable';
export * from './lib/app-error';
export * from './lib/id-param';
