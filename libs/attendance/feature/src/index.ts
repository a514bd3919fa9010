// Only what the start-up bundle needs: the routes' entry and the text groups' loaders.
export * from './lib/attendance.routes';
export * from './lib/i18n/texts';
