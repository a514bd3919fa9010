/**
 * The password-reset pages' own texts ("forgot password" and "choose a new password"), Swedish:
 * loaded with those pages by their routes' resolver, out of the start-up bundle. The login page's
 * texts are in `sv.ts`.
 */
export const identityPagesSv = {
  passwordReset: {
    requestTitle: 'Glömt lösenordet',
    requestHeading: 'Glömt lösenordet?',
    requestIntro: 'Skriv e-postadressen till ditt konto, så skickar vi en länk där du kan välja ett nytt lösenord.',
    email: 'E-postadress',
    send: 'Skicka länk',
    sending: 'Skickar…',
    sentHeading: 'Kolla din e-post',
    sent: 'Om adressen har ett konto hos oss har vi skickat ett mejl med en länk för att välja nytt lösenord. Länken gäller i en timme.',
    backToLogin: 'Tillbaka till inloggningen',
    resetTitle: 'Välj nytt lösenord',
    resetHeading: 'Välj nytt lösenord',
    resetIntro: 'Välj ett nytt lösenord till ditt konto. När det är sparat loggas du ut överallt där du är inloggad.',
    password: 'Nytt lösenord',
    passwordHint: 'Minst 12 tecken.',
    repeat: 'Upprepa det nya lösenordet',
    mismatch: 'Lösenorden är inte lika.',
    save: 'Spara lösenordet',
    saving: 'Sparar…',
    doneHeading: 'Lösenordet är sparat',
    done: 'Ditt nya lösenord är sparat. Logga in med det.',
    logIn: 'Logga in',
    invalidHeading: 'Länken fungerar inte',
    invalidLink: 'Länken är ogiltig, redan använd eller äldre än en timme. Be om en ny länk.',
    askAgain: 'Be om en ny länk',
  },
};
