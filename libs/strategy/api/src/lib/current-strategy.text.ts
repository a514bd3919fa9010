/**
 * The text of the current strategy, "Svenska Industrikommuners åtgärdsstrategi för att stärka svensk
 * industri" (the association's own document, kept verbatim; paragraphs separated by a blank line). The
 * positions are the stances of each area's text, one sentence each, in the text's order.
 */
export const CURRENT_STRATEGY_TEXT = {
  preamble:
    'Det som vi kallat Finspångsmanifestet antogs av industrikommunerna 2016 och reviderades 2020. Vid en genomläsning framstår mycket av resonemangen som överspelade eller perifera. Vi föreslår att vi nu försöker kortfattat beskriva de frågeområden och de ståndpunkter som industrikommunerna kan anse viktigast att behandla och utveckla för att tillväxten och utvecklingen ska bli så gynnsam som möjligt. Perspektivet är industriell utveckling som bygger på en konkret samverkan mellan oss, näringslivet och staten. Detta förslag bygger på en sammanfattning av de senaste årens teman och ämnen som vi behandlat på våra konferenser och har beretts av Svenska Industrikommuners Arbetsutskott med stöd av Svenska Industrikommuners Programråd.\n\nAnton Sjödell, ordförande Svenska Industrikommuner',
  vision:
    'Vi ska säkerställa goda förutsättningar för tillväxt av befintlig och ny industri i våra kommuner för att driva en industriell förnyelse. Svenska Industrikommuner verkar för en hållbar samhällsutveckling som bygger på samverkan mellan oss kommuner, näringslivet, regionerna och staten. Vi vill visa på sambandet mellan utvecklingen i våra samhällen och betydelsen av en framgångsrik industri. Följande fokusområden är avgörande för att skapa en hållbar utveckling i våra kommuner. Våra fokusområden ligger högst på vår dagordning i vårt arbete med att utveckla våra kommuner och ligger till grund för vårt agerande – enskilt och tillsammans.',
  focusAreas: {
    infrastructure: {
      text: 'Ett samhälles infrastruktur består av många olika områden. Logistik och transporter spelar en mycket stor roll i vårt samhälles utveckling. Idag är mycket av den tekniska infrastrukturen eftersatt. Miljövänliga transporter med järnväg är inte sällan opålitliga. Orter med dåliga logistiklösningar hamnar på efterkälken.\n\nEn fungerande kommun måste ha en robust och tillgänglig infrastruktur, såsom elnät, vatten och avlopp och fibernät. Idag har många kommuner en stor underhållsskuld. Det krävs nya finansieringsformer för utbyggnad av kommunernas infrastruktur när det gäller den tekniska infrastrukturen och välfärdsinvesteringarna i form av bostäder, vård, skola och omsorg.\n\nEnergiförsörjningen måste säkras i hela Sverige. Energisystemet måste förbättras för att säkra samhällets och industrins utveckling. Olika kraftslag måste samverka för att uppnå robusthet i energisystemet. Fossilfri el måste prioriteras för att klara klimatmålen. Energipriserna måste vara konkurrenskraftiga. Energiinvesteringar är kostsamma och långsiktiga. Därför måste energipolitiken vara långsiktig med stabila spelregler för industrin – såväl som producent som konsument av energi.\n\nIndustrikommunernas konkurrenskraft är beroende av fysisk närvaro från en bredd av de statliga myndigheterna. Trygghet, kompetensförsörjning, infrastruktur och service till samhällets invånare kräver en stark närvaro från statliga myndigheter. Liksom endast polisen kan förhindra tillväxthämmande kriminalitet måste många vardagliga ärenden för nyinflyttad arbetskraft lösas genom fysiska besök vid Statens Servicecenters kontor. En otillräcklig statlig närvaro är tillväxthämmande.',
      positions: [
        'En fungerande kommun måste ha en robust och tillgänglig infrastruktur, såsom elnät, vatten och avlopp och fibernät.',
        'Det krävs nya finansieringsformer för utbyggnad av kommunernas infrastruktur när det gäller den tekniska infrastrukturen och välfärdsinvesteringarna i form av bostäder, vård, skola och omsorg.',
        'Energiförsörjningen måste säkras i hela Sverige.',
        'Olika kraftslag måste samverka för att uppnå robusthet i energisystemet.',
        'Fossilfri el måste prioriteras för att klara klimatmålen.',
        'Energipriserna måste vara konkurrenskraftiga.',
        'Därför måste energipolitiken vara långsiktig med stabila spelregler för industrin – såväl som producent som konsument av energi.',
        'Trygghet, kompetensförsörjning, infrastruktur och service till samhällets invånare kräver en stark närvaro från statliga myndigheter.',
      ],
    },
    digitalisation: {
      text: 'Digitalisering och automatisering - Industri 5.0 - stärker utvecklingen av industrin vilket ger en ökad konkurrenskraft och attraktivitet. Vårt fokus ligger på hur såväl små och medelstora företag som vår basindustri ska kunna utnyttja den digitala tekniken med bl a tillämpning av AI. Basindustrierna i Sverige har fått en stor renässans. Det är viktigt för oss att se potentialen i att kombinera befintlig kompetens och inriktning med ny digitala tekniken i internationell framkant. Digitalisering är också avgörande för att kunna effektivisera och förbättra våra kommunala verksamheter och den kommunala servicen.',
      positions: [
        'Digitalisering och automatisering - Industri 5.0 - stärker utvecklingen av industrin vilket ger en ökad konkurrenskraft och attraktivitet.',
        'Vårt fokus ligger på hur såväl små och medelstora företag som vår basindustri ska kunna utnyttja den digitala tekniken med bl a tillämpning av AI.',
        'Digitalisering är också avgörande för att kunna effektivisera och förbättra våra kommunala verksamheter och den kommunala servicen.',
      ],
    },
    'green-transition': {
      text: 'Ambitionen att utveckla ett klimatvänligt samhälle drivs idag i hög grad av näringslivet, som både på bredden och på djupet utvecklar sin verksamhet mot den gröna omställningen. Svenska industrikommuner är en viktig länk mellan politik och näringsliv i denna fråga. Innovationer spelar en ökande roll i vår ekonomi för att skapa nya jobb, säkra välfärden och bygga ett grönare samhälle. Därför är det avgörande för vår konkurrenskraft att Sverige kan bedriva en aktiv innovationspolitik. Vi vill trycka på vikten av att regeringens förda industri- och näringspolitik stimulerar forskning och teknisk utveckling. Men vi behöver också skapa nya instrument för att systematiskt kunna föra ut den nya kunskapen.\n\nKommunerna står för en stor andel av de offentliga upphandlingar som vänder sig till näringslivet. Ett strategiskt och grönt användande av upphandlingsinstrumentet kan ge stora utvecklingseffekter för både kommunerna och näringslivet.',
      positions: [
        'Därför är det avgörande för vår konkurrenskraft att Sverige kan bedriva en aktiv innovationspolitik.',
        'Vi vill trycka på vikten av att regeringens förda industri- och näringspolitik stimulerar forskning och teknisk utveckling.',
        'Men vi behöver också skapa nya instrument för att systematiskt kunna föra ut den nya kunskapen.',
        'Ett strategiskt och grönt användande av upphandlingsinstrumentet kan ge stora utvecklingseffekter för både kommunerna och näringslivet.',
      ],
    },
    skills: {
      text: 'Tillgången till kompetens måste säkras i industrikommunerna för att vi ska fortsätta vara konkurrenskraftiga. Bortfaller möjligheten att rekrytera kompetenta medarbetare tvingas industrin att söka sig till andra platser. Sveriges Industrikommuner arbetar aktivt med att utveckla gamla och nya former för hur kompetensförsörjningen till industrin ska säkras.\n\nDet krävs fler utbildningsplatser för att möjliggöra en omställning av industrin mot bättre hållbarhet och klimatvänlighet. Det krävs också instrument för att göra det attraktivt för flera yrkesgruppers inflyttning till expanderande orter och regioner.',
      positions: [
        'Tillgången till kompetens måste säkras i industrikommunerna för att vi ska fortsätta vara konkurrenskraftiga.',
        'Det krävs fler utbildningsplatser för att möjliggöra en omställning av industrin mot bättre hållbarhet och klimatvänlighet.',
        'Det krävs också instrument för att göra det attraktivt för flera yrkesgruppers inflyttning till expanderande orter och regioner.',
      ],
    },
    'living-environment': {
      text: 'Vi vill även skapa attraktiva livsmiljöer och främja etableringar. Vi måste fokusera på att skapa goda förutsättningar genom ett bra kommunalt serviceutbud, en god servicementalitet från kommunen, goda livsvillkor, och tillgång till kompetens. Vi inspirerar varandra och delar goda exempel kring boendemiljöer, barnomsorg, skola, fritidsaktiviteter och andra faktorer som bidrar till att en mångfald av människor trivs och utvecklas i våra samhällen genom livets olika skeden',
      positions: [
        'Vi vill även skapa attraktiva livsmiljöer och främja etableringar.',
        'Vi måste fokusera på att skapa goda förutsättningar genom ett bra kommunalt serviceutbud, en god servicementalitet från kommunen, goda livsvillkor, och tillgång till kompetens.',
        'Vi inspirerar varandra och delar goda exempel kring boendemiljöer, barnomsorg, skola, fritidsaktiviteter och andra faktorer som bidrar till att en mångfald av människor trivs och utvecklas i våra samhällen genom livets olika skeden.',
      ],
    },
    cooperation: {
      text: 'Vår framgångsfaktor är god samverkan. Sverige är attraktivt för utländska investerare. Vår möjlighet att vara attraktiva mottagare av etableringar kräver ett målmedvetet arbete som flera av våra medlemskommuner lyckats bra med i god samverkan mellan näringsliv och myndigheter. Från industrikommunens perspektiv delar vi goda exempel, ger inspiration till varandra och utvecklar vår samverkan för framtidens svenska konkurrenskraft tillsammans.',
      positions: [
        'Vår framgångsfaktor är god samverkan.',
        'Vår möjlighet att vara attraktiva mottagare av etableringar kräver ett målmedvetet arbete som flera av våra medlemskommuner lyckats bra med i god samverkan mellan näringsliv och myndigheter.',
        'Från industrikommunens perspektiv delar vi goda exempel, ger inspiration till varandra och utvecklar vår samverkan för framtidens svenska konkurrenskraft tillsammans.',
      ],
    },
  },
} as const;
