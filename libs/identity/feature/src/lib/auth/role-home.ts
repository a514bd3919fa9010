import { can, type Capability, type Role } from '@samverkan/identity/contract';

/**
 * Each role's home page and the capability that opens it (the capability only that role has, or, for
 * the working committee, its own work: meetings). The order decides where someone with several lands.
 */
export const ROLE_HOMES: readonly { role: Role; path: string; capability: Capability }[] = [
  { role: 'admin', path: '/admin', capability: 'users.manage' },
  { role: 'working-committee', path: '/arbetsutskottet', capability: 'meetings.manage' },
  { role: 'programme-council', path: '/programradet', capability: 'proposals.review' },
];

export const LOGIN_PATH = '/logga-in';

/** The capability that opens a role's home page. */
export function homeCapability(role: Role): Capability {
  const home = ROLE_HOMES.find((h) => h.role === role);
  if (!home) throw new Error(`no home page for ${role}`);
  return home.capability;
}

/** The home pages someone with these roles may open, in the order of ROLE_HOMES. */
export function homesOf(roles: readonly Role[]): (typeof ROLE_HOMES)[number][] {
  return ROLE_HOMES.filter((home) => can(roles, home.capability));
}

/** Where a user with these roles lands after signing in; the start page for someone with no role. */
export function roleHomePath(roles: readonly Role[]): string {
  return homesOf(roles)[0]?.path ?? '/';
}
