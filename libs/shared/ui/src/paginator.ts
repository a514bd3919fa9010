// A secondary entry point: pages with a paginator import it from here, so Material's paginator stays
// out of the start-up bundle (anything exported from the main index is kept there).
export * from './lib/paginator/translated-paginator';
