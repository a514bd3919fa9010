export const texts = {
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
};
