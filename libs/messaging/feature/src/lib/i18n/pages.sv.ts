export const texts = {
  myMessages: {
    title: 'Meddelanden till dig',
    heading: 'Meddelanden till dig',
    intro: 'Det här har vi skickat till dig om konferensen.',
    back: 'Tillbaka till din anmälan',
    loading: 'Hämtar meddelanden…',
    empty: 'Vi har inte skickat några meddelanden till dig ännu.',
    notFound: 'Länken fungerar inte. Använd länken i det senaste e-postmeddelandet om din anmälan.',
    sentAt: 'Skickat {{at}}',
    notMailed: 'Det här meddelandet skickades inte med e-post, eftersom du fått många e-postmeddelanden på kort tid.',
    kinds: {
      message: 'Meddelande',
      reminder: 'Påminnelse',
    },
  },
};
