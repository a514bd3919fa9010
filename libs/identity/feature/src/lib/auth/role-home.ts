import type { Role } from '@samverkan/identity/contract';

/** Each role's home page; the order decides where someone with several roles lands. */
export const ROLE_HOMES: readonly { role: Role; path: string }[] = [
  { role: 'admin', path: '/admin' },
  { role: 'working-committee', path: '/arbetsutskottet' },
  { role: 'programme-council', path: '/programradet' },
];

export const LOGIN_PATH = '/logga-in';

/** Where a user with these roles lands after signing in; the start page for someone with no role. */
export function roleHomePath(roles: readonly Role[]): string {
  return ROLE_HOMES.find((home) => roles.includes(home.role))?.path ?? '/';
}
