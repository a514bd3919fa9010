/** The app's own texts: shell, start page, accessibility statement, 404. Swedish: bundled, it is the default language. */
export const ACCESSIBILITY_EMAIL = 'tillganglighet@svenskaindustrikommuner.se';
export const PRIVACY_EMAIL = 'dataskydd@svenskaindustrikommuner.se';

export const appSv = {
  shell: {
    skipToContent: 'Hoppa till huvudinnehållet',
    menu: 'Meny',
    navLabel: 'Huvudmeny',
    switchLanguage: 'English',
    login: 'Logga in',
    logout: 'Logga ut',
    userMenu: 'Användarmeny',
    signedInAs: 'Inloggad som {{name}}',
    loggedOut: 'Du är utloggad.',
  },
  nav: {
    start: 'Start',
    focusAreas: 'Fokusområden',
    admin: 'Administration',
    users: 'Användare',
    organisations: 'Organisationer',
    workingCommittee: 'Arbetsutskottet',
    programmeCouncil: 'Programrådet',
    conferences: 'Konferenser',
    manageConferences: 'Hantera konferenser',
    outbox: 'Utkorg',
    proposals: 'Förslag',
    meetings: 'Möten',
    programmes: 'Konferensprogram',
    actionItems: 'Åtgärder',
    coverage: 'Fokusområdenas täckning',
  },
  footer: {
    accessibility: 'Tillgänglighetsredogörelse',
    privacy: 'Personuppgifter',
    owner: 'Svenska Industrikommuner',
  },
  start: {
    title: 'Startsida',
    lead: 'Samverkan är Svenska Industrikommuners verktyg för konferensarbetet: här förbereds föreningens konferenser, från första förslag till färdigt program.',
    about:
      'Svenska Industrikommuner är en förening för industrikommuner i hela landet. Föreningens strategi pekar ut sex fokusområden, och arbetet i Samverkan knyter an till dem: programrådet föreslår teman och talare, arbetsutskottet beslutar och publicerar programmet, och deltagarna anmäler sig och tar med programmet till sin kalender.',
    focusAreasHeading: 'Strategins sex fokusområden',
    readMore: 'Läs mer om fokusområdena',
    staffHeading: 'För programrådet, arbetsutskottet och administratörer',
    staffText: 'Logga in med ditt konto för att komma till din startsida.',
    staffTextSignedIn: 'Du är inloggad som {{name}}.',
    goHome: 'Till din startsida',
    conferencesHeading: 'Kommande konferenser',
    conferencesText: 'Anmäl dig till föreningens konferenser här. Du behöver inget konto.',
    allConferences: 'Alla konferenser',
  },
  notFound: {
    title: 'Sidan finns inte',
    heading: 'Sidan finns inte',
    text: 'Vi hittade ingen sida på den här adressen. Den kan ha flyttats, eller så är adressen felstavad.',
    home: 'Till startsidan',
  },
};
