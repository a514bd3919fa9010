// Only what the start-up bundle needs: the routes' entries and the English loader (and a loader of
// the Swedish texts for the translation specs, unused by the app). The Swedish texts load with the
// pages' routes (see README.md): the start-up bundle has a 400 kB budget.
export * from './lib/committee.routes';
export * from './lib/i18n/texts';
