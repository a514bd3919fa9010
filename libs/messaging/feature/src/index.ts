// Only what the start-up bundle needs: the routes' entry and the text groups. Pages load lazily.
export * from './lib/messaging.routes';
export * from './lib/i18n/texts';
