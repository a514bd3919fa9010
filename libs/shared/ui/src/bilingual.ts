// A secondary entry point: the staff forms import the bilingual fields from here, so Material's form
// fields stay out of the start-up bundle (anything exported from the main index is kept there).
export * from './lib/bilingual/bilingual-fields';
