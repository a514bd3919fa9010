// Only what the start-up bundle needs (routes, Swedish texts, the English loader) and plain
// functions: an exported component or service would stay in the start-up bundle even unused.
export * from './lib/conferences.routes';
export * from './lib/i18n/texts';
export * from './lib/conference-view';
export * from './lib/conference-requests';
export * from './lib/conference-address';
