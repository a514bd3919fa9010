// What the start-up bundle needs from this library, and nothing else: the app shell imports from here
// so that the pages' helpers and components exported from the main index stay in lazy chunks.
export * from './lib/conferences.routes';
export * from './lib/i18n/texts';
export * from './lib/conference-address';
