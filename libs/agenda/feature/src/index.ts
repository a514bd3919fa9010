// Only what the start-up bundle needs (routes, Swedish texts, the English loader): an exported
// component or service would stay in the start-up bundle even unused.
export * from './lib/agenda.routes';
export * from './lib/i18n/sv';
export * from './lib/i18n/load-english';
