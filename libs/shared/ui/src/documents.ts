// A secondary entry point: pages that show attached files import it from here, so the component (and
// Material's progress bar and dialog) stays out of the start-up bundle.
export * from './lib/documents/documents';
