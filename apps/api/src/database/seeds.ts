import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationType, Role } from '@samverkan/identity/contract';
import { hashPassword, Organisation, User } from '@samverkan/identity/api';
import { FocusArea, seedCurrentStrategy } from '@samverkan/strategy/api';
import { Conference, Theme } from '@samverkan/conferences/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { fromStockholmWallTime, stockholmDate } from '@samverkan/shared/util-dates';

export const DEMO_PASSWORD = 'samverkan-demo';

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; roles: Role[]; organisation: string }> = [
  { email: 'admin@demo.samverkan.se', name: 'Ada Administratör', roles: ['admin'], organisation: 'Svenska Industrikommuner' },
  { email: 'utskott@demo.samverkan.se', name: 'Ulla Utskott', roles: ['working-committee'], organisation: 'Finspångs kommun' },
  { email: 'programrad@demo.samverkan.se', name: 'Pelle Programråd', roles: ['programme-council'], organisation: 'Sandvikens kommun' },
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
  });
}

export const DEMO_CONFERENCE_TITLE = 'Industrikommunernas vårkonferens';

/** One published upcoming conference, about four months ahead, with registration open now. */
async function seedDemoConference(manager: EntityManager, hostId: string | null): Promise<void> {
  if (await manager.getRepository(Conference).existsBy({ titleSv: DEMO_CONFERENCE_TITLE })) return;
  const areas = await manager.getRepository(FocusArea).createQueryBuilder('f').innerJoin('f.strategy', 's', 's.current').getMany();
  const pick = (...codes: FocusAreaCode[]) => areas.filter((a) => codes.includes(a.code));
  const day = stockholmDate(new Date(Date.now() + 120 * 86_400_000));
  const nextDay = stockholmDate(new Date(Date.now() + 121 * 86_400_000));
  const conference = await manager.getRepository(Conference).save(
    manager.getRepository(Conference).create({
      status: 'published',
      publishedAt: new Date(),
      titleSv: DEMO_CONFERENCE_TITLE,
      titleEn: 'Spring conference of the industrial municipalities',
      descriptionSv:
        'Två dagar om hur industrikommunerna, näringslivet, regionerna och staten tillsammans kan stärka svensk industri: energi och infrastruktur, kompetensförsörjning och den gröna omställningen. Med studiebesök hos värdkommunens företag.',
      descriptionEn:
        'Two days on how industrial municipalities, business, regions and the state can strengthen Swedish industry together: energy and infrastructure, skills supply and the green transition. With study visits to the host municipality’s companies.',
      hostOrganisationId: hostId,
      venue: 'Finspångs konferenscenter',
      address: 'Bergslagsvägen 1, 612 30 Finspång',
      startsAt: fromStockholmWallTime(day, '09:30'),
      endsAt: fromStockholmWallTime(nextDay, '15:00'),
      capacity: 150,
      registrationOpensAt: new Date(Date.now() - 86_400_000),
      registrationClosesAt: fromStockholmWallTime(stockholmDate(new Date(Date.now() + 110 * 86_400_000)), '23:59'),
      focusAreas: pick('infrastructure', 'skills', 'green-transition', 'cooperation'),
    }),
  );
  const themes: Array<[string, string, FocusAreaCode[]]> = [
    ['Energi och elnät för en växande industri', 'Energy and power grids for a growing industry', ['infrastructure', 'green-transition']],
    ['Kompetens till industrin – utbildning nära jobben', 'Skills for industry – education close to the jobs', ['skills', 'living-environment']],
    ['Samverkan som lockar etableringar', 'Cooperation that attracts new establishments', ['cooperation']],
  ];
  await manager.getRepository(Theme).save(
    themes.map(([titleSv, titleEn, codes], position) =>
      manager.getRepository(Theme).create({ conferenceId: conference.id, titleSv, titleEn, position, descriptionSv: null, descriptionEn: null, focusAreas: pick(...codes) }),
    ),
  );
}
