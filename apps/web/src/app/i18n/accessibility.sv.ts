export const texts = {
  a11y: {
    title: 'Tillgänglighet',
    heading: 'Tillgänglighetsredogörelse för Samverkan',
    intro:
      'Svenska Industrikommuner står bakom Samverkan. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur Samverkan uppfyller lagen om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera problem till oss så att vi kan åtgärda dem.',
    scopeHeading: 'Vad redogörelsen gäller',
    scope:
      'Redogörelsen gäller webbtjänsten Samverkan: de öppna sidorna (startsidan, konferenserna med anmälan och hantering av anmälan, fokusområdena och den här sidan) och de sidor som programrådet, arbetsutskottet och administratörer når efter inloggning.',
    statusHeading: 'Hur tillgänglig är Samverkan?',
    status:
      'Vi strävar efter att Samverkan ska uppfylla WCAG 2.1 på nivå AA. Samverkan är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    testingHeading: 'Hur vi har testat Samverkan',
    testing:
      'Redogörelsen bygger på en självskattning. Vi testar Samverkan löpande under utvecklingen. Automatiska webbläsartester går igenom sidorna, även med öppna dialogrutor, och kontrollerar dem med verktyget axe mot WCAG 2.1 nivå A och AA. Dessutom kontrollerar vi för hand att allt går att använda med enbart tangentbord, att fokus syns och hamnar rätt, och att sidorna fungerar i en bredd ner till 360 pixlar.',
    assessed: 'Bedömningen gjordes den 27 november 2026.',
    updated: 'Redogörelsen upprättades den 27 november 2026 och uppdaterades senast den 5 december 2026.',
    limitationsHeading: 'Kända brister',
    limitation1:
      'Felmeddelanden från servern är på svenska även när du använder Samverkan på engelska, och språket är då inte angivet för dem (WCAG 3.1.2 Språk för delar av innehållet). Orsak: servern skickar bara svenska texter. Vi arbetar med att översätta dem.',
    limitation2:
      'Tabellerna över användare och organisationer behöver rullas i sidled på smala skärmar (WCAG 1.4.10 Omflytning). Orsak: tabellerna kan inte göras om till en kolumn utan att sambandet mellan rubriker och celler går förlorat.',
    limitation3:
      'Om ikontypsnittet inte kan laddas visas ikonens namn som text bredvid knappens text (WCAG 1.1.1 Icke-textuellt innehåll). Orsak: ikonerna är ett typsnitt. Alla knappar har ändå en text eller ett tillgängligt namn.',
    burdenHeading: 'Oskäligt betungande anpassning',
    burden: 'Vi åberopar inte undantaget för oskäligt betungande anpassning för någon del av Samverkan.',
    outsideHeading: 'Innehåll som inte omfattas av lagen',
    outside:
      'Kalenderfiler (.ics) och exporterade filer (CSV och Excel) är till för andra program och har inte granskats som webbsidor. I övrigt omfattas allt innehåll i Samverkan.',
    reportHeading: 'Rapportera brister',
    report:
      'Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, vill vi gärna veta det. Du kan också be oss om innehåll i ett annat format. Vi svarar inom fem arbetsdagar. Skriv till',
    phone: 'Du kan också ringa föreningens kansli på {{phone}}, vardagar 9–16.',
    formHeading: 'Skriv till oss',
    formIntro:
      'Fyll i formuläret så öppnas ditt e-postprogram med ett färdigt meddelande. Inget skickas förrän du själv skickar meddelandet.',
    formDescription: 'Beskriv problemet',
    formPage: 'Sida eller funktion där problemet finns (frivilligt)',
    formEmail: 'Din e-postadress, om du vill ha svar (frivilligt)',
    formSubmit: 'Skapa e-postmeddelande',
    formOpened: 'Ditt e-postprogram har öppnats med meddelandet. Om inget hände kan du skriva direkt till {{email}}.',
    mailSubject: 'Tillgänglighetsproblem i Samverkan',
    mailDescription: 'Problem',
    mailPage: 'Sida eller funktion',
    mailReplyTo: 'Svar till',
    enforcementHeading: 'Tillsyn',
    enforcement:
      'Myndigheten för digital förvaltning (DIGG) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.',
    enforcementLink: 'Anmäl brister i digital offentlig service till DIGG',
  },
};
