import { DataSource } from 'typeorm';
import type { OrganisationType, Role } from '@samverkan/identity/contract';
import { hashPassword, Organisation, User } from '@samverkan/identity/api';
import { seedCurrentStrategy } from '@samverkan/strategy/api';

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
  });
}
