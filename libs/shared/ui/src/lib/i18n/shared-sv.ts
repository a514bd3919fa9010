/** Texts every domain shares: common actions, error messages, language names. Swedish: bundled, it is the default language. */
export const sharedSv = {
  app: {
    name: 'Samverkan',
  },
  common: {
    loading: 'Laddar…',
    retry: 'Försök igen',
    save: 'Spara',
    saving: 'Sparar…',
    cancel: 'Avbryt',
    close: 'Stäng',
    create: 'Skapa',
    edit: 'Ändra',
    yes: 'Ja',
    no: 'Nej',
    none: 'Ingen',
    all: 'Alla',
    back: 'Tillbaka',
    confirm: 'Bekräfta',
  },
  language: {
    sv: 'Svenska',
    en: 'English',
  },
  errors: {
    network: 'Det gick inte att nå servern. Kontrollera din anslutning och försök igen.',
    unexpected: 'Något gick fel. Försök igen om en stund.',
    tooManyAttempts: 'För många försök. Vänta en stund och försök sedan igen.',
    forbidden: 'Du har inte behörighet att göra detta.',
  },
};
