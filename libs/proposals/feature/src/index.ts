// Only what the start-up bundle needs (the routes' entry, the English loader) and the small lineage
// component the conference page shows. Anything exported here that the app or another domain uses
// ends up in the start-up bundle (400 kB budget), so pages, services and Swedish texts stay behind
// the lazy routes (see README.md).
export * from './lib/proposals.routes';
export * from './lib/i18n/load-english';
export * from './lib/lineage/theme-lineage';
