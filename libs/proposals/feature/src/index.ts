// Only what the start-up bundle needs (the routes' entry, the English loader). Anything exported
// here that the app or another domain uses ends up in the start-up bundle (400 kB budget), so pages,
// services, components and Swedish texts stay behind the lazy routes (see README.md). The lineage
// component (lib/lineage) is no longer exported here: through it the whole shared UI index (loading
// and error states, field errors) was in the start-up bundle.
export * from './lib/proposals.routes';
export * from './lib/i18n/texts';
