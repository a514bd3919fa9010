import type { EntityManager } from 'typeorm';
import type { ImportSessionFormat, ParticipantType } from '@samverkan/coverage/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { ConferenceRecord, ParticipantRecord, SessionRecord } from './history-file';
import { writeHistory } from './history-import.service';

type Session = [title: string, format: ImportSessionFormat, minutes: number | null, areas: FocusAreaCode[], signups?: number];

interface DemoConference {
  key: string;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  sessions: Session[];
  participants: Record<ParticipantType, number>;
}

/**
 * Eight past conferences, 2021–2025, as if imported from the association's own records. The story the
 * dashboard tells: infrastructure and skills always have room, digitalisation and the green transition
 * grow, cooperation holds, an attractive living environment fades away after 2022 (a gap), and state
 * agencies stay scarce among the participants (a suggestion).
 */
export const DEMO_HISTORY: readonly DemoConference[] = [
  {
    key: 'demo-2021-host',
    title: 'Höstkonferens 2021 – industrin efter pandemin',
    startsOn: '2021-10-14',
    endsOn: '2021-10-15',
    venue: 'Sandvikens kulturcentrum',
    sessions: [
      ['Industrin efter pandemin', 'theme', null, ['cooperation', 'skills']],
      ['Leveranskedjor som höll – och de som brast', 'keynote', 45, ['infrastructure']],
      ['Järnvägen som ryggrad för basindustrin', 'seminar', 60, ['infrastructure']],
      ['Kompetensväxling när industrin ställer om', 'panel', 60, ['skills']],
      ['Att flytta till bruksorten: boende och service', 'seminar', 60, ['living-environment'], 38],
      ['Skolan och fritiden som konkurrensmedel', 'workshop', 60, ['living-environment'], 24],
      ['Samverkan kommun–region under krisen', 'panel', 45, ['cooperation']],
      ['Studiebesök: Sandvik Coromant', 'study-visit', 90, ['digitalisation', 'skills'], 30],
    ],
    participants: { municipality: 74, business: 18, region: 9, 'state-agency': 2, other: 5 },
  },
  {
    key: 'demo-2022-var',
    title: 'Vårkonferens 2022 – energi och elnät',
    startsOn: '2022-04-06',
    endsOn: '2022-04-07',
    venue: 'Olofströms Folkets hus',
    sessions: [
      ['Energi för en växande industri', 'theme', null, ['infrastructure', 'green-transition']],
      ['Elnätet som flaskhals', 'keynote', 45, ['infrastructure']],
      ['Vatten och avlopp: skulden under marken', 'seminar', 60, ['infrastructure']],
      ['Grön stål, grön kommun?', 'panel', 60, ['green-transition']],
      ['En plats att vilja bo på', 'seminar', 60, ['living-environment'], 41],
      ['Yrkesutbildning nära jobben', 'workshop', 75, ['skills'], 27],
      ['Staten på plats: myndigheternas närvaro', 'panel', 45, ['infrastructure', 'cooperation']],
    ],
    participants: { municipality: 81, business: 22, region: 11, 'state-agency': 3, other: 4 },
  },
  {
    key: 'demo-2022-host',
    title: 'Höstkonferens 2022 – kompetens för konkurrenskraft',
    startsOn: '2022-10-12',
    endsOn: '2022-10-13',
    venue: 'Skellefteå kulturhus',
    sessions: [
      ['Kompetens för konkurrenskraft', 'theme', null, ['skills']],
      ['Batterifabriken och staden som växer', 'keynote', 45, ['skills', 'living-environment']],
      ['Fler utbildningsplatser i hela landet', 'seminar', 60, ['skills']],
      ['Bostäder i takt med jobben', 'panel', 60, ['living-environment'], 35],
      ['Digitala verktyg i små industriföretag', 'seminar', 60, ['digitalisation'], 22],
      ['Grön omställning i leverantörsleden', 'workshop', 60, ['green-transition'], 19],
      ['Studiebesök: Northvolt Ett', 'study-visit', 120, ['green-transition', 'skills'], 40],
    ],
    participants: { municipality: 79, business: 31, region: 12, 'state-agency': 2, other: 6 },
  },
  {
    key: 'demo-2023-var',
    title: 'Vårkonferens 2023 – digitalisering och automatisering',
    startsOn: '2023-05-10',
    endsOn: '2023-05-11',
    venue: 'Finspångs konferenscenter',
    sessions: [
      ['Industri 5.0 i industrikommunerna', 'theme', null, ['digitalisation']],
      ['AI i basindustrin', 'keynote', 45, ['digitalisation']],
      ['Automatisering och arbetsmarknaden', 'panel', 60, ['digitalisation', 'skills']],
      ['Digitala kommunala tjänster som företagen märker', 'seminar', 60, ['digitalisation'], 33],
      ['Fiber och el: infrastrukturen för digitaliseringen', 'seminar', 60, ['infrastructure', 'digitalisation']],
      ['Samverkan som lockar etableringar', 'workshop', 60, ['cooperation'], 26],
      ['Studiebesök: Siemens Energy', 'study-visit', 90, ['digitalisation', 'green-transition'], 35],
    ],
    participants: { municipality: 85, business: 34, region: 13, 'state-agency': 3, other: 4 },
  },
  {
    key: 'demo-2023-host',
    title: 'Höstkonferens 2023 – den gröna omställningen',
    startsOn: '2023-10-18',
    endsOn: '2023-10-19',
    venue: 'Sandvikens kulturcentrum',
    sessions: [
      ['En grön omställning', 'theme', null, ['green-transition']],
      ['Klimatomställning som affär', 'keynote', 45, ['green-transition']],
      ['Grön offentlig upphandling i praktiken', 'workshop', 75, ['green-transition'], 28],
      ['Forskning och innovation nära industrin', 'seminar', 60, ['green-transition', 'cooperation']],
      ['Elpriser och elförsörjning', 'panel', 60, ['infrastructure']],
      ['Kompetens till de nya jobben', 'seminar', 60, ['skills'], 31],
    ],
    participants: { municipality: 83, business: 38, region: 15, 'state-agency': 2, other: 5 },
  },
  {
    key: 'demo-2024-var',
    title: 'Vårkonferens 2024 – infrastruktur i alla dimensioner',
    startsOn: '2024-04-17',
    endsOn: '2024-04-18',
    venue: 'Olofströms Folkets hus',
    sessions: [
      ['Infrastruktur i alla dimensioner', 'theme', null, ['infrastructure']],
      ['Godstrafiken på järnväg', 'keynote', 45, ['infrastructure']],
      ['Underhållsskulden i VA-näten', 'seminar', 60, ['infrastructure']],
      ['Elnätsutbyggnad och nya etableringar', 'panel', 60, ['infrastructure', 'cooperation']],
      ['AI-stöd i kommunens bygglov', 'seminar', 60, ['digitalisation'], 29],
      ['Kompetensförsörjning genom samverkan', 'workshop', 60, ['skills', 'cooperation'], 25],
      ['Vätgas och grön energi', 'seminar', 45, ['green-transition']],
    ],
    participants: { municipality: 88, business: 36, region: 14, 'state-agency': 3, other: 3 },
  },
  {
    key: 'demo-2024-host',
    title: 'Höstkonferens 2024 – samverkan för etableringar',
    startsOn: '2024-10-09',
    endsOn: '2024-10-10',
    venue: 'Skellefteå kulturhus',
    sessions: [
      ['God samverkan mellan näringsliv, kommun, region och stat', 'theme', null, ['cooperation']],
      ['När storindustrin kommer: lärdomar från norr', 'keynote', 45, ['cooperation', 'skills']],
      ['Etableringar och tillståndsprocesser', 'panel', 60, ['cooperation', 'infrastructure']],
      ['Digital tvilling för industriområdet', 'seminar', 60, ['digitalisation'], 27],
      ['Utbildning i takt med etableringen', 'seminar', 60, ['skills'], 34],
      ['Grön industri och cirkulära flöden', 'workshop', 60, ['green-transition'], 23],
      ['Studiebesök: Boliden Rönnskär', 'study-visit', 120, ['green-transition', 'infrastructure'], 38],
    ],
    participants: { municipality: 90, business: 41, region: 16, 'state-agency': 2, other: 4 },
  },
  {
    key: 'demo-2025-var',
    title: 'Vårkonferens 2025 – konkurrenskraft i en ny tid',
    startsOn: '2025-05-14',
    endsOn: '2025-05-15',
    venue: 'Finspångs konferenscenter',
    sessions: [
      ['Konkurrenskraft i en ny tid', 'theme', null, ['digitalisation', 'green-transition']],
      ['Försvarsindustrin och industrikommunerna', 'keynote', 45, ['cooperation', 'infrastructure']],
      ['AI och automation i små och medelstora företag', 'seminar', 60, ['digitalisation'], 36],
      ['Elförsörjning för nya etableringar', 'panel', 60, ['infrastructure', 'green-transition']],
      ['Yrkeshögskolan som motor', 'seminar', 60, ['skills'], 30],
      ['Innovation och forskning i samverkan', 'workshop', 60, ['green-transition', 'cooperation'], 21],
      ['Studiebesök: Siemens Energy gasturbiner', 'study-visit', 90, ['digitalisation', 'skills'], 32],
    ],
    participants: { municipality: 92, business: 44, region: 15, 'state-agency': 3, other: 5 },
  },
];

/**
 * Seeds the demo history (demo mode only, called from apps/api's seedDemo). Adds nothing once any
 * demo conference exists, so a restart keeps what people changed or imported.
 */
export async function seedDemoHistory(manager: EntityManager): Promise<void> {
  const [{ exists }] = await manager.query<Array<{ exists: boolean }>>(
    `SELECT EXISTS (SELECT 1 FROM past_conferences WHERE import_key LIKE 'demo-%') AS exists`,
  );
  if (exists) return;
  const conferences: ConferenceRecord[] = DEMO_HISTORY.map((c, line) => ({
    line,
    key: c.key,
    title: c.title,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    venue: c.venue,
  }));
  const sessions: SessionRecord[] = DEMO_HISTORY.flatMap((c) =>
    c.sessions.map(([title, format, minutes, areas, signups], line) => ({
      line,
      conferenceKey: c.key,
      title,
      format,
      minutes,
      focusAreaCodes: areas,
      signups: signups ?? 0,
    })),
  );
  const participants: ParticipantRecord[] = DEMO_HISTORY.flatMap((c) =>
    (Object.entries(c.participants) as Array<[ParticipantType, number]>).map(([organisationType, count], line) => ({
      line,
      conferenceKey: c.key,
      organisationType,
      count,
    })),
  );
  await writeHistory(manager, { conferences, sessions, participants });
}
