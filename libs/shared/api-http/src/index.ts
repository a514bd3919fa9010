export * from './lib/representation';
export * from './lib/responses';
export * from './lib/spreadsheet';
export * from './lib/shareable';
