import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationType, Role } from '@samverkan/identity/contract';
import { hashPassword, Organisation, User } from '@samverkan/identity/api';
import { FocusArea, seedCurrentStrategy } from '@samverkan/strategy/api';
import { Conference, Theme, pickConferenceSlug } from '@samverkan/conferences/api';
import { Proposal, ProposalComment, ProposalReview } from '@samverkan/proposals/api';
import { Meeting, MeetingItem, MeetingParticipant } from '@samverkan/committee/api';
import { AgendaItem, AgendaVersion, PublishingService, Room, setItemSpeakers, speakersForNames } from '@samverkan/agenda/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { fromStockholmWallTime, stockholmDate } from '@samverkan/shared/util-dates';
import { seedDemoHistory } from '@samverkan/coverage/api';

export const DEMO_PASSWORD = 'samverkan-demo';

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; roles: Role[]; organisation: string }> = [
  { email: 'admin@demo.samverkan.se', name: 'Ada Administratör', roles: ['admin'], organisation: 'Svenska Industrikommuner' },
  { email: 'utskott@demo.samverkan.se', name: 'Ulla Utskott', roles: ['working-committee'], organisation: 'Finspångs kommun' },
  { email: 'programrad@demo.samverkan.se', name: 'Pelle Programråd', roles: ['programme-council'], organisation: 'Sandvikens kommun' },
  { email: 'programrad2@demo.samverkan.se', name: 'Karin Kommunråd', roles: ['programme-council'], organisation: 'Skellefteå kommun' },
];

export const DEMO_ORGANISATIONS: ReadonlyArray<{ name: string; type: OrganisationType; member: boolean }> = [
  { name: 'Finspångs kommun', type: 'municipality', member: true },
  { name: 'Sandvikens kommun', type: 'municipality', member: true },
  { name: 'Skellefteå kommun', type: 'municipality', member: true },
  { name: 'Olofströms kommun', type: 'municipality', member: true },
  { name: 'Svenska Industrikommuner', type: 'other', member: false },
  { name: 'Siemens Energy AB', type: 'business', member: false },
  { name: 'Sandvik Coromant AB', type: 'business', member: false },
  { name: 'Region Östergötland', type: 'region', member: false },
  { name: 'Region Gävleborg', type: 'region', member: false },
  { name: 'Trafikverket', type: 'state-agency', member: false },
  { name: 'Tillväxtverket', type: 'state-agency', member: false },
];

/** Seeds that always run: the current strategy and its focus areas. */
export async function seedBase(dataSource: DataSource): Promise<void> {
  await dataSource.transaction((manager) => seedCurrentStrategy(manager));
}

/**
 * Demo data (embedded database, or SEED_DEMO=true). Idempotent: only adds what is missing, so a
 * restart keeps what people changed.
 */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Organisation)
      .values(DEMO_ORGANISATIONS.map((o) => ({ ...o })))
      .orIgnore()
      .execute();
    const organisations = await manager.getRepository(Organisation).find();
    const byName = new Map(organisations.map((o) => [o.name, o.id]));
    await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(
        DEMO_USERS.map((u) => ({
          email: u.email,
          name: u.name,
          roles: u.roles,
          passwordHash,
          active: true,
          organisationId: byName.get(u.organisation) ?? null,
        })),
      )
      .orIgnore()
      .execute();
    await seedDemoConference(manager, byName.get('Finspångs kommun') ?? null);
    await seedDemoProposalsAndMeeting(manager);
    await seedDemoProgramme(manager);
    await seedDemoCall(manager);
    await seedDemoHistory(manager);
  });
}

/** A realistic two-day programme for the demo conference (published by `publishDemoProgramme`). */
async function seedDemoProgramme(manager: EntityManager): Promise<void> {
  const conference = await manager.getRepository(Conference).findOneByOrFail({ titleSv: DEMO_CONFERENCE_TITLE });
  if (await manager.getRepository(Room).existsBy({ conferenceId: conference.id })) return;
  const rooms = await manager.getRepository(Room).save(
    [
      { name: 'Stora salen', capacity: 200, accessibilityNotes: 'Hörslinga, ramp vid scenen.' },
      { name: 'Sal Bergslagen', capacity: 60, accessibilityNotes: 'Hörslinga.' },
      { name: 'Sal Glan', capacity: 60, accessibilityNotes: null },
      { name: 'Buss till studiebesök', capacity: 45, accessibilityNotes: 'Bussen har lift; meddela behov vid anmälan.' },
    ].map((room, position) => ({ ...room, conferenceId: conference.id, position })),
  );
  const [stora, bergslagen, glan, buss] = rooms;
  const areas = await manager.getRepository(FocusArea).createQueryBuilder('f').innerJoin('f.strategy', 's', `s.state = 'adopted'`).getMany();
  const pick = (...codes: FocusAreaCode[]) => areas.filter((a) => codes.includes(a.code));
  const day1 = stockholmDate(conference.startsAt);
  const day2 = stockholmDate(conference.endsAt);
  const at = (day: string, time: string) => fromStockholmWallTime(day, time);
  type Row = [
    string,
    string,
    AgendaItem['type'],
    string,
    string,
    string,
    FocusAreaCode[],
    { name: string; organisation: string }[],
    number?,
  ];
  const rows: Row[] = [
    [
      day1,
      'Välkommen till Finspång',
      'keynote',
      '09:30',
      '10:00',
      stora.id,
      ['cooperation'],
      [{ name: 'Ulla Utskott', organisation: 'Svenska Industrikommuner' }],
    ],
    [
      day1,
      'Industrins energibehov 2035',
      'keynote',
      '10:00',
      '10:45',
      stora.id,
      ['infrastructure', 'green-transition'],
      [{ name: 'Erik Ström', organisation: 'Siemens Energy AB' }],
    ],
    [day1, 'Kaffe', 'break', '10:45', '11:15', stora.id, [], []],
    [
      day1,
      'Elnät och effektbrist – vad kan kommunen göra?',
      'seminar',
      '11:15',
      '12:15',
      bergslagen.id,
      ['infrastructure'],
      [{ name: 'Lena Holm', organisation: 'Region Östergötland' }],
    ],
    [
      day1,
      'Yrkesutbildning nära jobben',
      'seminar',
      '11:15',
      '12:15',
      glan.id,
      ['skills'],
      [{ name: 'Maria Lind', organisation: 'Sandvik Coromant AB' }],
    ],
    [day1, 'Lunch', 'meal', '12:15', '13:15', stora.id, [], []],
    [
      day1,
      'Studiebesök: Siemens Energy i Finspång',
      'study-visit',
      '13:15',
      '15:30',
      buss.id,
      ['green-transition', 'skills'],
      [{ name: 'Erik Ström', organisation: 'Siemens Energy AB' }],
      40,
    ],
    [
      day1,
      'Workshop: Gröna upphandlingar',
      'workshop',
      '13:30',
      '15:00',
      bergslagen.id,
      ['green-transition'],
      [{ name: 'Sara Ek', organisation: 'Tillväxtverket' }],
      30,
    ],
    [day1, 'Middag och nätverkande', 'networking', '18:30', '22:00', stora.id, ['cooperation'], []],
    [
      day2,
      'AI i små och medelstora industriföretag',
      'keynote',
      '09:00',
      '09:45',
      stora.id,
      ['digitalisation'],
      [{ name: 'Johan Wik', organisation: 'RISE' }],
    ],
    [
      day2,
      'Panel: Samverkan som lockar etableringar',
      'panel',
      '10:00',
      '11:00',
      stora.id,
      ['cooperation'],
      [
        { name: 'Lena Holm', organisation: 'Region Östergötland' },
        { name: 'Per Nord', organisation: 'Trafikverket' },
      ],
    ],
    [
      day2,
      'Attraktiva livsmiljöer för inflyttare',
      'seminar',
      '11:15',
      '12:15',
      glan.id,
      ['living-environment'],
      [{ name: 'Karin Kommunråd', organisation: 'Skellefteå kommun' }],
    ],
    [
      day2,
      'Workshop: Digitala tvillingar',
      'workshop',
      '11:15',
      '12:15',
      bergslagen.id,
      ['digitalisation'],
      [{ name: 'Johan Wik', organisation: 'RISE' }],
      25,
    ],
    [day2, 'Lunch och avslutning', 'meal', '12:15', '13:30', stora.id, [], []],
  ];
  for (const [day, title, type, start, end, roomId, codes, speakers, signupCapacity] of rows) {
    const item = await manager.getRepository(AgendaItem).save(
      manager.getRepository(AgendaItem).create({
        conferenceId: conference.id,
        titleSv: title,
        titleEn: null,
        descriptionSv: null,
        descriptionEn: null,
        type,
        startsAt: at(day, start),
        endsAt: at(day, end),
        roomId,
        themeId: null,
        sourceProposalId: null,
        signupRequired: signupCapacity !== undefined,
        signupCapacity: signupCapacity ?? null,
        focusAreas: pick(...codes),
      }),
    );
    // One register entry per person: Johan Wik speaks twice and is one entry.
    await setItemSpeakers(manager, item.id, await speakersForNames(manager, speakers));
  }
}

/** Publishes the demo programme once, through the same code as the editor's publish button. */
export async function publishDemoProgramme(dataSource: DataSource, publishing: PublishingService): Promise<void> {
  const conference = await dataSource.getRepository(Conference).findOneBy({ titleSv: DEMO_CONFERENCE_TITLE });
  if (!conference || (await dataSource.getRepository(AgendaVersion).existsBy({ conferenceId: conference.id }))) return;
  const admin = await dataSource.getRepository(User).findOneByOrFail({ email: 'admin@demo.samverkan.se' });
  await publishing.publish(conference.id, true, { id: admin.id, email: admin.email, name: admin.name, roles: admin.roles, sessionId: '' });
}

/** A few proposals in different states, reviews, and one past meeting whose locked minutes accepted a theme. */
async function seedDemoProposalsAndMeeting(manager: EntityManager): Promise<void> {
  if (await manager.getRepository(Proposal).exists()) return;
  const users = await manager.getRepository(User).find();
  const user = (email: string) => {
    const found = users.find((u) => u.email === email);
    if (!found) throw new Error(`demo user ${email} missing`);
    return found;
  };
  const pelle = user('programrad@demo.samverkan.se');
  const karin = user('programrad2@demo.samverkan.se');
  const ulla = user('utskott@demo.samverkan.se');
  const ada = user('admin@demo.samverkan.se');
  const conference = await manager.getRepository(Conference).findOneByOrFail({ titleSv: DEMO_CONFERENCE_TITLE });
  const areas = await manager.getRepository(FocusArea).createQueryBuilder('f').innerJoin('f.strategy', 's', `s.state = 'adopted'`).getMany();
  const pick = (...codes: FocusAreaCode[]) => areas.filter((a) => codes.includes(a.code));
  const now = Date.now();
  const proposals = manager.getRepository(Proposal);
  const make = (fields: Partial<Proposal>, codes: FocusAreaCode[]) =>
    proposals.save(
      proposals.create({
        description: null,
        format: null,
        durationMinutes: null,
        speakers: [],
        targetConferenceId: conference.id,
        submittedAt: new Date(now - 20 * 86_400_000),
        ...fields,
        focusAreas: pick(...codes),
      }),
    );
  const energy = await make(
    {
      kind: 'theme',
      title: 'Fossilfri el och effektbrist i industrikommunerna',
      summary: 'Hur kommuner, elnätsbolag och industri tillsammans kan möta effektbristen när industrin ställer om.',
      state: 'in-review',
      proposerId: pelle.id,
    },
    ['infrastructure', 'green-transition'],
  );
  await make(
    {
      kind: 'session',
      title: 'Kompetenslyftet – yrkesutbildning nära jobben',
      summary: 'Ett panelsamtal med komvux, yrkeshögskola och industriföretag om utbildning där jobben finns.',
      state: 'submitted',
      format: 'panel',
      durationMinutes: 60,
      proposerId: karin.id,
      speakers: [{ name: 'Maria Lind', organisation: 'Sandvik Coromant AB', contact: null }],
    },
    ['skills'],
  );
  await make(
    {
      kind: 'theme',
      title: 'Digitala tvillingar i basindustrin',
      summary: 'Vad AI och digitala tvillingar kan göra för små och medelstora underleverantörer.',
      state: 'draft',
      submittedAt: null,
      proposerId: pelle.id,
    },
    ['digitalisation'],
  );
  const living = await make(
    {
      kind: 'theme',
      title: 'Attraktiva livsmiljöer för inflyttare',
      summary: 'Bostäder, förskola och fritid som gör att nya medarbetare vill stanna i orten.',
      state: 'accepted',
      proposerId: karin.id,
      decisionOutcome: 'accept',
      decisionMotivation: 'Stärker kompetensförsörjningen och svarar mot strategins livsmiljöområde.',
      decidedAt: new Date(now - 30 * 86_400_000),
      decidedById: ulla.id,
    },
    ['living-environment', 'skills'],
  );
  await manager.getRepository(ProposalReview).insert([
    {
      proposalId: energy.id,
      reviewerId: karin.id,
      relevance: 5,
      quality: 4,
      feasibility: 4,
      text: 'Högaktuellt för flera medlemskommuner.',
    },
    { proposalId: living.id, reviewerId: pelle.id, relevance: 4, quality: 4, feasibility: 5, text: 'Lätt att genomföra med värdkommunen.' },
  ]);
  await manager.getRepository(ProposalComment).insert([
    { proposalId: energy.id, authorId: karin.id, body: 'Kan vi få med Svenska kraftnät i panelen?' },
    { proposalId: energy.id, authorId: ulla.id, body: 'Utskottet tar upp förslaget på nästa möte.' },
  ]);
  const meeting = await manager.getRepository(Meeting).save(
    manager.getRepository(Meeting).create({
      title: 'Arbetsutskottets möte',
      startsAt: new Date(now - 30 * 86_400_000),
      endsAt: new Date(now - 30 * 86_400_000 + 2 * 3_600_000),
      place: 'Finspångs kommunhus',
      videoLink: null,
      chairId: ulla.id,
      minutesApproverId: ada.id,
      minutesStatus: 'draft',
      noticeSentAt: new Date(now - 40 * 86_400_000),
    }),
  );
  await manager.getRepository(MeetingParticipant).insert([ulla, ada].map((u) => ({ meetingId: meeting.id, userId: u.id, present: true })));
  await manager.getRepository(MeetingItem).insert(
    [
      { kind: 'standard' as const, title: 'Mötets öppnande', decisionText: 'Ordföranden öppnade mötet.' },
      { kind: 'standard' as const, title: 'Godkännande av dagordningen', decisionText: 'Dagordningen godkändes.' },
      { kind: 'standard' as const, title: 'Val av justerare', decisionText: 'Ada Administratör valdes att justera protokollet.' },
      {
        kind: 'proposal' as const,
        title: `Beslut om förslag: ${living.title}`,
        proposalId: living.id,
        outcome: 'accept' as const,
        motivation: living.decisionMotivation,
      },
      { kind: 'other' as const, title: 'Övriga frågor', decisionText: 'Inga övriga frågor.' },
    ].map((item, position) => ({
      proposalId: null,
      actionItemId: null,
      outcome: null,
      motivation: null,
      decisionText: null,
      ...item,
      meetingId: meeting.id,
      position,
      decidedAt: new Date(now - 30 * 86_400_000),
    })),
  );
  await proposals.update({ id: living.id }, { decisionMeetingId: meeting.id });
  const position = await manager.getRepository(Theme).countBy({ conferenceId: conference.id });
  await manager.getRepository(Theme).save(
    manager.getRepository(Theme).create({
      conferenceId: conference.id,
      titleSv: living.title,
      titleEn: 'Attractive places to live for newcomers',
      descriptionSv: living.summary,
      descriptionEn: null,
      position,
      sourceProposalId: living.id,
      focusAreas: pick('living-environment', 'skills'),
    }),
  );
  const approvedAt = new Date(now - 25 * 86_400_000);
  await manager
    .getRepository(Meeting)
    .update(
      { id: meeting.id },
      { chairApprovedAt: approvedAt, approverApprovedAt: approvedAt, minutesStatus: 'locked', lockedAt: approvedAt },
    );
}

export const DEMO_CONFERENCE_TITLE = 'Industrikommunernas vårkonferens';
export const DEMO_CALL_TITLE = 'Upprop: förslag till vårkonferensen';

/** An open call for the demo conference (opened a week ago, open two months from the seeding), once. */
async function seedDemoCall(manager: EntityManager): Promise<void> {
  const conference = await manager.getRepository(Conference).findOneByOrFail({ titleSv: DEMO_CONFERENCE_TITLE });
  const [existing] = await manager.query(`SELECT 1 FROM calls WHERE conference_id = $1 AND title_sv = $2`, [conference.id, DEMO_CALL_TITLE]);
  if (existing) return;
  const day = 86_400_000;
  await manager.query(
    `INSERT INTO calls (conference_id, title_sv, title_en, text_sv, text_en, opens_at, closes_at, focus_area_codes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      conference.id,
      DEMO_CALL_TITLE,
      'Call: proposals for the spring conference',
      'Har du en idé till en programpunkt eller ett tema? Programrådet tar emot förslag från alla som arbetar med industrikommunernas utveckling: kommuner, regioner, företag och myndigheter.',
      'Do you have an idea for a programme item or a theme? The programme council welcomes proposals from everyone working on the development of industrial municipalities: municipalities, regions, businesses and agencies.',
      new Date(Date.now() - 7 * day),
      new Date(Date.now() + 60 * day),
      ['skills', 'green-transition', 'cooperation'],
    ],
  );
}

/** One published upcoming conference, about four months ahead, with registration open now. */
async function seedDemoConference(manager: EntityManager, hostId: string | null): Promise<void> {
  if (await manager.getRepository(Conference).existsBy({ titleSv: DEMO_CONFERENCE_TITLE })) return;
  const areas = await manager.getRepository(FocusArea).createQueryBuilder('f').innerJoin('f.strategy', 's', `s.state = 'adopted'`).getMany();
  const pick = (...codes: FocusAreaCode[]) => areas.filter((a) => codes.includes(a.code));
  const day = stockholmDate(new Date(Date.now() + 120 * 86_400_000));
  const nextDay = stockholmDate(new Date(Date.now() + 121 * 86_400_000));
  const startsAt = fromStockholmWallTime(day, '09:30');
  const conference = await manager.getRepository(Conference).save(
    manager.getRepository(Conference).create({
      status: 'published',
      publishedAt: new Date(),
      slug: await pickConferenceSlug(manager, DEMO_CONFERENCE_TITLE, startsAt),
      titleSv: DEMO_CONFERENCE_TITLE,
      titleEn: 'Spring conference of the industrial municipalities',
      descriptionSv:
        'Två dagar om hur industrikommunerna, näringslivet, regionerna och staten tillsammans kan stärka svensk industri: energi och infrastruktur, kompetensförsörjning och den gröna omställningen. Med studiebesök hos värdkommunens företag.',
      descriptionEn:
        'Two days on how industrial municipalities, business, regions and the state can strengthen Swedish industry together: energy and infrastructure, skills supply and the green transition. With study visits to the host municipality’s companies.',
      hostOrganisationId: hostId,
      venue: 'Finspångs konferenscenter',
      address: 'Bergslagsvägen 1, 612 30 Finspång',
      startsAt,
      endsAt: fromStockholmWallTime(nextDay, '15:00'),
      capacity: 150,
      registrationOpensAt: new Date(Date.now() - 86_400_000),
      registrationClosesAt: fromStockholmWallTime(stockholmDate(new Date(Date.now() + 110 * 86_400_000)), '23:59'),
      focusAreas: pick('infrastructure', 'skills', 'green-transition', 'cooperation'),
    }),
  );
  const themes: Array<[string, string, FocusAreaCode[]]> = [
    ['Energi och elnät för en växande industri', 'Energy and power grids for a growing industry', ['infrastructure', 'green-transition']],
    [
      'Kompetens till industrin – utbildning nära jobben',
      'Skills for industry – education close to the jobs',
      ['skills', 'living-environment'],
    ],
    ['Samverkan som lockar etableringar', 'Cooperation that attracts new establishments', ['cooperation']],
  ];
  await manager.getRepository(Theme).save(
    themes.map(([titleSv, titleEn, codes], position) =>
      manager.getRepository(Theme).create({
        conferenceId: conference.id,
        titleSv,
        titleEn,
        position,
        descriptionSv: null,
        descriptionEn: null,
        focusAreas: pick(...codes),
      }),
    ),
  );
}
