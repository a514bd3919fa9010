import type { EntityManager } from 'typeorm';
import { stockholmDate } from '@samverkan/shared/util-dates';
import { conferenceSlugBase, firstFreeSlug } from './conference-slug';

/**
 * A free slug for a conference, inside the caller's transaction. A transaction-scoped advisory lock
 * makes two conferences with the same title, created at once, take base and base-2 rather than one
 * failing on the unique index.
 */
export async function pickConferenceSlug(manager: EntityManager, titleSv: string, startsAt: Date, exceptId?: string): Promise<string> {
  const base = conferenceSlugBase(titleSv, Number(stockholmDate(startsAt).slice(0, 4)));
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('samverkan:conference-slugs'))`);
  const rows: Array<{ slug: string }> = await manager.query(
    `SELECT slug FROM conferences WHERE (slug = $1 OR slug LIKE $1 || '-%') AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [base, exceptId ?? null],
  );
  return firstFreeSlug(base, new Set(rows.map((r) => r.slug)));
}
