export const texts = {
  privacy: {
    title: 'Personuppgifter',
    heading: 'Så behandlar vi dina personuppgifter',
    intro:
      'Svenska Industrikommuner står bakom Samverkan och är personuppgiftsansvarig för de uppgifter som lämnas här. Vi samlar bara in det som behövs för föreningens konferenser och arbetsutskottets arbete, och vi tar bort uppgifterna när de inte längre behövs.',
    registration: {
      heading: 'När du anmäler dig till en konferens',
      what: 'Vi sparar ditt namn, din e-postadress, din organisation och organisationstyp, eventuell titel, ditt språkval, om du vill synas på deltagarlistan och vilka programpunkter du anmäler dig till.',
      why: 'Vi behandlar uppgifterna för att genomföra konferensen som du har anmält dig till: platser och reservlista, deltagarlista och namnbrickor, och e-post om konferensen och om ändringar i programmet. Den rättsliga grunden är avtalet om ditt deltagande (artikel 6.1 b i dataskyddsförordningen). Du samtycker alltså inte till detta; när du anmäler dig bekräftar du att du har läst den här informationen.',
      needs:
        'Uppgifter om specialkost och anpassningar kan säga något om din hälsa och är känsliga personuppgifter. Vi behandlar dem bara om du uttryckligen har samtyckt (artikel 9.2 a), bara för att ordna mat och anpassningar, och bara arbetsutskottet och administratörerna ser dem. Samtycket är frivilligt. Du kan återkalla det när som helst via länken i bekräftelsen; då tar vi bort uppgifterna direkt.',
      shared:
        'Andra deltagare ser ditt namn och din organisation bara om du har valt att synas på deltagarlistan. Föreningens statistik över vilka slags organisationer som deltar räknas utan namn.',
    },
    speakers: {
      heading: 'Om någon annan föreslår dig som talare',
      text: 'Programrådets ledamöter kan föreslå talare. Då sparar vi det de skriver om dig: namn, organisation och vad du föreslås tala om. Vi behandlar uppgifterna för att planera konferensernas program, med stöd av föreningens berättigade intresse av att ta fram ett bra program (artikel 6.1 f). Uppgifterna kommer från den ledamot som lämnade förslaget. Blir du tillfrågad får du den här informationen senast då, och du kan när som helst invända mot behandlingen. Förslag som inte antas tas bort senast två år efter beslutet.',
    },
    staff: {
      heading: 'När du har ett konto',
      what: 'Programrådets och arbetsutskottets ledamöter och administratörerna har konton med namn, e-postadress, organisation och roll. Den rättsliga grunden är föreningens berättigade intresse av att sköta sitt arbete (artikel 6.1 f).',
      logs: 'Vi sparar vem som har gjort vad i förslag, möten, protokoll och program (en logg), eftersom föreningens beslut ska gå att följa i efterhand, och inloggningsförsök för att skydda kontona. Den rättsliga grunden är föreningens berättigade intresse av spårbarhet och säkerhet (artikel 6.1 f).',
    },
    recipients: {
      heading: 'Vilka som får uppgifterna',
      text: 'Uppgifterna behandlas av arbetsutskottet och administratörerna. Företaget som driver servern där Samverkan körs och företaget som levererar vår e-post är personuppgiftsbiträden: de får bara behandla uppgifterna enligt våra instruktioner och enligt avtal med oss. Vi säljer inte uppgifterna och lämnar inte ut dem till andra, om inte lag kräver det.',
      transfers: 'Vi för inte över uppgifterna till länder utanför EU och EES.',
    },
    retention: {
      heading: 'Hur länge vi sparar uppgifterna',
      registration:
        'En anmälan anonymiseras 90 dagar efter att konferensen har slutat: namn, e-post, behov och val tas bort, och kvar finns bara antal och organisationstyp för statistiken.',
      mail: 'Kopior av e-post som Samverkan har skickat sparas i 90 dagar efter att de skickades; länkarna i dem tas bort direkt när meddelandet har skickats.',
      logs: 'Inloggningsförsök sparas i 24 timmar. Loggen över vem som har gjort vad sparas lika länge som förslaget, mötet eller programmet den gäller.',
      staff:
        'Ett konto finns kvar så länge personen har ett uppdrag i föreningen och tas bort senast ett år efter att uppdraget har slutat. Protokoll och beslut sparas så länge föreningen behöver dem som handlingar.',
    },
    browser: {
      heading: 'Kakor och lagring i din webbläsare',
      text: 'Samverkan sätter en enda kaka, lang, som kommer ihåg om du har valt svenska eller engelska. Den är nödvändig för att sidorna ska visas på ditt språk, sparas i ett år och används inte till något annat. Loggar du in sparas inloggningen i webbläsaren tills du stänger fliken eller loggar ut. Vi använder inga kakor eller verktyg för spårning, statistik eller annonser, och sidorna hämtar inget från andra webbplatser.',
    },
    rights: {
      heading: 'Dina rättigheter',
      text: 'Du har rätt att få veta vilka uppgifter vi har om dig (registerutdrag), att få felaktiga uppgifter rättade, att få uppgifterna raderade, att begära att behandlingen begränsas, att få ut dina uppgifter i ett maskinläsbart format (dataportabilitet) och att invända mot behandling som grundar sig på vårt berättigade intresse. Ett samtycke kan du alltid återkalla.',
      manage:
        'Länken i bekräftelsen av din anmälan låter dig när som helst se och ändra dina uppgifter, ladda ner dem (som en JSON-fil) och radera dem själv. För annat, skriv till oss; vi svarar inom en månad.',
      complaint:
        'Om du anser att vi behandlar dina uppgifter fel kan du vända dig till oss. Du har också rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY).',
      complaintLink: 'Lämna ett klagomål till IMY',
    },
    contactHeading: 'Kontakt',
    contact: 'Frågor om dina personuppgifter besvaras av föreningens kansli:',
    updated: 'Informationen uppdaterades den 5 december 2026.',
  },
};
