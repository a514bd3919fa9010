// Only what the start-up bundle needs: the routes' entry and the text groups' loaders. The pages, the
// QR reader and the texts stay behind the lazy routes.
export * from './lib/attendance.routes';
export * from './lib/i18n/texts';
