/**
 * The conferences domain's Swedish texts that pages outside the conference pages share (the start
 * page's upcoming conferences, the registration page, the staff pages): bundled, Swedish is the
 * default language. The public conference pages' own texts (`pages-sv.ts`) and the staff pages'
 * (`staff-sv.ts`) load with those pages (start-up budget).
 */
export const conferencesSv = {
  conferences: {
    loading: 'Hämtar konferenser…',
    loadingOne: 'Hämtar konferensen…',
    emptyUpcoming: 'Det finns inga kommande konferenser just nu.',
    when: 'När',
    where: 'Var',
    themeFocusAreas: 'Fokusområden för {{title}}',
    seatsLeft: '{{left}} av {{capacity}} platser kvar',
    full: 'Fullbokad – reservlista',
    opensAt: 'Anmälan öppnar {{date}}',
    closed: 'Anmälan är stängd',
    ended: 'Konferensen är avslutad',
    cancelled: 'Inställd',
    draft: 'Utkast – inte publicerad',
    themes: 'Teman',
    notFoundHeading: 'Konferensen finns inte',
    notFoundText: 'Vi hittar ingen publicerad konferens på den här adressen. Den kan ha tagits bort, eller så är adressen felskriven.',
    allConferences: 'Alla konferenser',
  },
};
