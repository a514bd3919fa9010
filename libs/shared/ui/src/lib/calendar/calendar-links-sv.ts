/**
 * The calendar links' Swedish texts. They travel with the component (its own entry point,
 * `@samverkan/shared/ui/calendar`), which merges them when it is first used, so they stay out of the
 * start-up bundle. English: in shared-en.ts, loaded whole when someone switches language.
 */
export const calendarLinksSv = {
  calendarLinks: {
    heading: 'Till din kalender',
    hint: 'En prenumeration visar programmet i din kalender och uppdateras av sig själv när något ändras. En nedladdad fil uppdateras inte.',
    download: 'Ladda ner (.ics)',
    copy: 'Kopiera prenumerationslänk',
    copied: 'Länken är kopierad. Klistra in den där din kalender lägger till kalendrar från webben.',
    copyFailed: 'Det gick inte att kopiera. Markera och kopiera länken:',
    google: 'Google Kalender',
    outlookWork: 'Outlook (jobb eller skola)',
    outlookPersonal: 'Outlook.com',
    newWindow: '(öppnas i nytt fönster)',
  },
};
