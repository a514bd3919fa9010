export const texts = {
  focusAreas: {
    title: 'Fokusområden',
    heading: 'Strategins fokusområden',
    intro:
      'Svenska Industrikommuners strategi pekar ut sex fokusområden. De styr vilka frågor föreningen driver och vilka teman konferenserna tar upp.',
    loading: 'Hämtar fokusområden…',
    strategyLink: 'Läs strategin och dess tidigare versioner',
    empty: 'Det finns inga fokusområden att visa just nu.',
  },
};
