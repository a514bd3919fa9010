import type { Dictionary } from '@samverkan/shared/ui';

/** The identity domain's English texts as their own lazy chunk. */
export function loadIdentityEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.identityEn);
}

/** The password-reset pages' Swedish texts, for their routes' resolver (and the translation check). */
export function loadIdentityPagesSv(): Promise<Dictionary> {
  return import('./pages-sv').then((m) => m.identityPagesSv);
}

/** The staff pages' Swedish texts (role homes, users, organisations), for their routes' resolver (and the translation check). */
export function loadIdentityStaffSv(): Promise<Dictionary> {
  return import('./staff-sv').then((m) => m.identityStaffSv);
}
