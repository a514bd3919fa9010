import type { Dictionary } from '@samverkan/shared/ui';

/** The identity domain's English texts as their own lazy chunk. */
export function loadIdentityEn(): Promise<Dictionary> {
  return import('./en').then((m) => m.identityEn);
}
