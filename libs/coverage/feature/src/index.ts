// Only what the start-up bundle needs: the routes' entry and the English loader. Pages, the chart
// library and the Swedish texts stay behind the lazy routes.
export * from './lib/coverage.routes';
export * from './lib/i18n/texts';
