// What the start-up bundle needs from this library, and nothing else: the app shell and the route
// definitions import from here, so that the components exported from the main index (loading and
// error states, field errors, dialogs) stay in the lazy pages' chunks.
export * from './lib/i18n/dictionary';
export * from './lib/i18n/texts';
export * from './lib/i18n/shared-texts';
export * from './lib/i18n/i18n-config';
export * from './lib/i18n/language';
export * from './lib/i18n/provide-i18n';
export * from './lib/i18n/translated-title-strategy';
export * from './lib/i18n/page-head';
export * from './lib/i18n/texts-resolver';
export * from './lib/http/api-error';
export * from './lib/http/error-interceptor';
export * from './lib/http/language-interceptor';
