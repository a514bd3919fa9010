export const texts = {
  engagement: {
    title: 'Medlemsnytta',
    heading: 'Medlemsnytta',
    intro:
      'Vad medlemsorganisationerna har fått ut av föreningens konferenser och bidragit med: deltagare per konferens, fokusområden de tagit del av, förslag och bidrag till upprop samt hur många utvärderingssvar de lämnat.',
    loading: 'Hämtar medlemmarna…',
    never: 'Aldrig',
    downloaded: '{{fileName}} har laddats ned.',
    downloads: {
      heading: 'Export och årssammanställning',
      csv: 'Ladda ned medlemmarna (CSV)',
      participationCsv: 'Ladda ned deltagare per konferens (CSV)',
      summaryHeading: 'Årssammanställning till årsmötet',
      summaryIntro:
        'Årets konferenser, deltagare per organisationstyp, fokusområdenas täckning jämfört med året innan, de mest önskade fokusområdena och arbetsutskottets beslut.',
      year: 'År för sammanställningen',
      pdf: 'Årssammanställning {{year}} (PDF)',
      xlsx: 'Årssammanställning {{year}} (Excel)',
      busy: 'Filen förbereds…',
    },
    members: {
      heading: 'Medlemsorganisationer',
      caption: 'Medlemsorganisationernas engagemang',
      empty: 'Det finns inga medlemsorganisationer i registret.',
      anonymity: 'Utvärderingssvar visas bara som antal, och färre än tre visas som "<3" så att ingen enskild person kan pekas ut.',
    },
    columns: {
      name: 'Organisation',
      conferences: 'Konferenser',
      participants: 'Deltagare',
      lastSeen: 'Senast på konferens',
      proposals: 'Förslag',
      callSubmissions: 'Bidrag till upprop',
      evaluationAnswers: 'Utvärderingssvar',
    },
    inactive: {
      heading: 'Inte sedda på två år',
      intro: 'Medlemmar som inte har haft någon deltagare på en konferens under de senaste två åren.',
      empty: 'Alla medlemmar har varit med på en konferens under de senaste två åren.',
      lastSeen: 'senast {{date}}',
    },
    member: {
      title: 'Medlemsorganisation',
      back: 'Alla medlemmar',
      conferences: 'Deltagare per konferens',
      noConferences: 'Organisationen har inte haft någon deltagare på en konferens.',
      people: '{count, plural, one {# deltagare} other {# deltagare}}',
      focusAreas: 'Fokusområden deltagarna tagit del av',
      focusAreasRule:
        'En deltagare räknas till fokusområdena för de programpunkter hen anmält sig till, och annars till konferensens fokusområden.',
      contributions: 'Förslag och bidrag till upprop',
      noContributions: 'Inga förslag eller bidrag ännu.',
      kind: {
        proposal: 'Förslag',
        'call-submission': 'Bidrag till upprop',
      },
    },
  },
};
