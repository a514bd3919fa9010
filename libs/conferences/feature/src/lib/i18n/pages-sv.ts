/**
 * The public conference pages' own texts (the list and one conference), Swedish: loaded with those
 * pages by their routes' resolver, out of the start-up bundle. Texts other pages share are in `sv.ts`.
 */
export const conferencesPagesSv = {
  conferences: {
    title: 'Konferenser',
    detailTitle: 'Konferens',
    heading: 'Konferenser',
    intro: 'Svenska Industrikommuners konferenser samlar kommuner, näringsliv, regioner och myndigheter kring strategins fokusområden.',
    upcoming: 'Kommande konferenser',
    past: 'Tidigare konferenser',
    emptyPast: 'Det finns inga tidigare konferenser.',
    host: 'Värdkommun',
    focusAreas: 'Fokusområden',
    themeOrigin: 'Föreslaget av {{proposer}}, beslutat vid {{meeting}} den {{date}}.',
    themeOriginNoMeeting: 'Föreslaget av {{proposer}}, beslutat den {{date}}.',
    themeOriginPublic: 'Temat kommer från ett förslag från programrådet, beslutat den {{date}}.',
    register: 'Anmäl dig',
    joinWaitlist: 'Anmäl dig till reservlistan',
    fullText: 'Alla platser är tagna. Anmäl dig till reservlistan: blir en plats ledig går den till den som står först i kön.',
    capacityText: 'Konferensen har {{capacity}} platser. Platserna fördelas i den ordning anmälningarna kommer in.',
    cancelledBanner: 'Konferensen är inställd. Den som har anmält sig får besked via e-post.',
    draftBanner: 'Utkast: konferensen är inte publicerad och syns bara för arbetsutskottet och administratörer.',
    programme: 'Programmet',
    registration: 'Anmälan',
    manageHint: 'Redan anmäld? Använd länken i bekräftelsemejlet för att ändra eller avboka din anmälan.',
    about: 'Om konferensen',
    noThemes: 'Teman presenteras senare.',
  },
};
