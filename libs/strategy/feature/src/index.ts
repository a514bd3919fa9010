export * from './lib/i18n/texts';
export * from './lib/strategy.routes';
export * from './lib/focus-areas/focus-areas-api';
export * from './lib/focus-areas/focus-area-links';
export * from './lib/focus-areas/localized-focus-area';
