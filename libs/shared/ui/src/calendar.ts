// A secondary entry point: pages that show calendar links import it from here, so the component stays
// out of the start-up bundle (anything exported from the main index is kept there).
export * from './lib/calendar/calendar-links';
