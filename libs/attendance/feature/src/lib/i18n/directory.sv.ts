/** The attendee directory behind the manage link. */
export const texts = {
  directory: {
    title: 'Deltagarlista',
    heading: 'Deltagarlista',
    back: 'Tillbaka till din anmälan',
    intro: 'Här ser du de andra deltagarna med bekräftad plats som har valt att visas på deltagarlistan. E-postadresser visas inte.',
    loading: 'Hämtar deltagarlistan…',
    count: '{count, plural, one {# deltagare visas} other {# deltagare visas}}',
    empty: 'Ingen annan deltagare visas på deltagarlistan ännu.',
    notFoundHeading: 'Länken fungerar inte',
    notFoundText: 'Kontrollera att du har använt hela länken från bekräftelsen. Har du raderat dina uppgifter fungerar länken inte längre.',
  },
};
