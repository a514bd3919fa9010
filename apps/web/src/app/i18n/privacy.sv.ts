export const texts = {
  privacy: {
    title: 'Personuppgifter',
    heading: 'Så behandlar vi dina personuppgifter',
    intro:
      'Svenska Industrikommuner står bakom Samverkan och är personuppgiftsansvarig för de uppgifter som lämnas här. Vi samlar bara in det som behövs för att genomföra föreningens konferenser och arbetsutskottets arbete, och vi tar bort uppgifterna när de inte längre behövs.',
    registrationHeading: 'När du anmäler dig till en konferens',
    registrationWhat:
      'Vi sparar ditt namn, din e-postadress, din organisation och organisationstyp, eventuell titel, ditt språkval, om du vill synas på deltagarlistan och vilka programpunkter du anmäler dig till.',
    registrationNeeds:
      'Behov av specialkost eller anpassningar är frivilliga att ange. De kan säga något om din hälsa, så de visas bara för arbetsutskottet och administratörerna, används bara för att ordna konferensen och tas bort tillsammans med resten av anmälan.',
    registrationWhy:
      'Vi behandlar uppgifterna för att kunna genomföra konferensen som du har anmält dig till: platser och reservlista, deltagarlista och namnbrickor, mat och anpassningar, och e-post om konferensen och om ändringar i programmet. Den rättsliga grunden är att du har bett om att få delta (avtal), och för behoven ditt uttryckliga samtycke.',
    registrationShared:
      'Andra deltagare ser ditt namn och din organisation bara om du har valt att synas på deltagarlistan. Föreningens statistik över vilka slags organisationer som deltar räknas utan namn.',
    staffHeading: 'När du har ett konto',
    staffWhat:
      'Programrådets och arbetsutskottets ledamöter och administratörerna har konton med namn, e-postadress, organisation och roll. Vi sparar vem som har gjort vad i förslag, möten, protokoll och program (en logg), eftersom föreningens beslut ska gå att följa i efterhand, och misslyckade inloggningsförsök en kort tid för att skydda kontona.',
    retentionHeading: 'Hur länge vi sparar uppgifterna',
    retentionRegistration:
      'En anmälan anonymiseras en tid efter konferensen, normalt 90 dagar efter att den har slutat: namn, e-post, behov och val tas bort, och kvar finns bara antal och organisationstyp för statistiken.',
    retentionStaff:
      'Ett konto finns kvar så länge personen har ett uppdrag i föreningen. Protokoll och beslut sparas så länge föreningen behöver dem som handlingar.',
    browserHeading: 'I din webbläsare',
    browser:
      'Samverkan sparar bara det som behövs för att tjänsten ska fungera: ditt språkval och, om du loggar in, din inloggning. Vi använder inga kakor eller verktyg för spårning, statistik eller annonser, och sidorna hämtar inget från andra webbplatser.',
    rightsHeading: 'Dina rättigheter',
    rights:
      'Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga uppgifter rättade, att få uppgifterna raderade och att invända mot behandlingen. Länken i bekräftelsemejlet för din anmälan låter dig när som helst se och ändra dina uppgifter, ladda ner dem och radera dem själv.',
    complaint:
      'Om du anser att vi behandlar dina uppgifter fel kan du vända dig till oss, och du har alltid rätt att klaga hos Integritetsskyddsmyndigheten (IMY).',
    contactHeading: 'Kontakt',
    contact: 'Frågor om dina personuppgifter besvaras av föreningens kansli:',
    updated: 'Informationen uppdaterades den 27 november 2026.',
  },
};
