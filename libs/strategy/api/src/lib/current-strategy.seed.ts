import type { FocusAreaCode } from '@samverkan/strategy/contract';

/**
 * The association's current strategy, "Svenska Industrikommuners åtgärdsstrategi för att stärka svensk
 * industri", which replaces Finspångsmanifestet (2016, revised 2020). Titles are the strategy's own
 * words; the descriptions summarise each area in our words.
 */
export const CURRENT_STRATEGY = {
  version: '2025',
  titleSv: 'Svenska Industrikommuners åtgärdsstrategi för att stärka svensk industri',
  /** The date the first seed recorded (Stockholm midnight); kept so existing data and fresh starts agree. */
  adoptedAt: new Date('2025-01-01T00:00:00+01:00'),
} as const;

/**
 * The versions before the current one, by name and year. Their texts are not in the seed: they stay
 * empty (and their pages say so) until someone imports them; never invent them.
 */
export const EARLIER_STRATEGIES = [
  { version: '2016', titleSv: 'Finspångsmanifestet' },
  { version: '2020', titleSv: 'Finspångsmanifestet (reviderat 2020)' },
] as const;

export interface FocusAreaSeed {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
  descriptionSv: string;
  descriptionEn: string;
}

export const CURRENT_FOCUS_AREAS: readonly FocusAreaSeed[] = [
  {
    code: 'infrastructure',
    titleSv: 'En infrastruktur i alla dimensioner',
    titleEn: 'Infrastructure in every dimension',
    descriptionSv:
      'Pålitliga transporter och logistik, inte minst på järnväg, och en teknisk infrastruktur – elnät, vatten och avlopp, fiber – som byggs ut och underhålls trots kommunernas underhållsskuld. Här ingår nya sätt att finansiera investeringarna, en säker energiförsörjning till konkurrenskraftiga priser och att statliga myndigheter finns på plats i våra orter.',
    descriptionEn:
      'Reliable transport and logistics, rail above all, and technical infrastructure – power grids, water and sewage, fibre – that is built out and maintained despite the municipalities’ maintenance backlog. It covers new ways to finance these investments, a secure energy supply at competitive prices, and state agencies being physically present in our towns.',
  },
  {
    code: 'digitalisation',
    titleSv: 'Digitalisering och automatisering stärker vår konkurrenskraft',
    titleEn: 'Digitalisation and automation strengthen our competitiveness',
    descriptionSv:
      'Industri 5.0, där människa och teknik samarbetar: AI och digital teknik som små och medelstora företag och basindustrin faktiskt kan använda, och kommunala tjänster som blir enklare och bättre genom digitalisering.',
    descriptionEn:
      'Industry 5.0, where people and technology work together: AI and digital tools that small and medium-sized firms and basic industry can actually put to use, and municipal services made simpler and better through digitalisation.',
  },
  {
    code: 'green-transition',
    titleSv: 'En grön omställning',
    titleEn: 'A green transition',
    descriptionSv:
      'En klimatomställning som drivs av näringslivet, med stöd av innovations- och forskningspolitik, där ny kunskap sprids snabbt mellan företag och kommuner och där offentlig upphandling ställer gröna krav.',
    descriptionEn:
      'A climate transition driven by business, backed by innovation and research policy, in which new knowledge spreads quickly between companies and municipalities and public procurement sets green requirements.',
  },
  {
    code: 'skills',
    titleSv: 'Kompetensförsörjning för konkurrenskraft',
    titleEn: 'Skills supply for competitiveness',
    descriptionSv:
      'Att industrin får den kompetens den behöver: fler utbildningsplatser nära arbetsplatserna, vägar in för unga och vuxna, och orter som växer och som människor vill flytta till.',
    descriptionEn:
      'Making sure industry finds the skills it needs: more education places close to the workplaces, routes in for young people and adults, and growing towns that people want to move to.',
  },
  {
    code: 'living-environment',
    titleSv: 'En attraktiv livsmiljö',
    titleEn: 'An attractive place to live',
    descriptionSv:
      'Det som får människor att vilja bo och stanna: bra kommunal service, bostäder, förskola och skola, fritid och kultur – förutsättningar för att industrins medarbetare och deras familjer trivs.',
    descriptionEn:
      'What makes people want to settle and stay: good municipal services, housing, childcare and schools, leisure and culture – the conditions for industry’s employees and their families to thrive.',
  },
  {
    code: 'cooperation',
    titleSv: 'God samverkan mellan näringsliv, kommun, region och stat',
    titleEn: 'Good cooperation between business, municipality, region and state',
    descriptionSv:
      'Konkret samverkan mellan företag, kommuner, regioner och statliga myndigheter för att locka investeringar och etableringar, lösa gemensamma problem och sprida goda exempel mellan medlemskommunerna.',
    descriptionEn:
      'Practical cooperation between companies, municipalities, regions and state agencies to attract investment and new establishments, solve shared problems and spread good examples among the member municipalities.',
  },
];
