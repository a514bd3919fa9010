/**
 * The registrations domain's Swedish texts needed at start-up: none. The public pages' texts
 * (`pages-sv.ts`) and the staff pages' (`staff-sv.ts`) load with their routes, out of the start-up
 * bundle (400 kB budget). Kept as an empty dictionary so the app's list of start-up texts stays valid.
 */
export const registrationsSv = {};
