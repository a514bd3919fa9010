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
  notFound: {
    title: 'Sidan finns inte',
    heading: 'Sidan finns inte',
    text: 'Vi hittade ingen sida på den här adressen. Den kan ha flyttats, eller så är adressen felstavad.',
    home: 'Till startsidan',
  },
};
