import type { EntityManager } from 'typeorm';
import type { ProgrammeItem, PublicSpeaker, SpeakerResponse } from '@samverkan/agenda/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';

export interface SpeakerRow {
  id: string;
  name: string;
  email: string | null;
  organisation: string | null;
  title: string | null;
  bio_sv: string | null;
  bio_en: string | null;
  created_at: Date;
  updated_at: Date;
  item_count: number;
}

/** A register entry with how many items link it (the SELECT list of SPEAKER_ROWS_SQL). */
export const SPEAKER_COLUMNS = `s.id, s.name, s.email, s.organisation, s.title, s.bio_sv, s.bio_en, s.created_at, s.updated_at,
  (SELECT count(*)::int FROM agenda_item_speakers l WHERE l.speaker_id = s.id) AS item_count`;

export function toSpeaker(r: SpeakerRow): SpeakerResponse {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    organisation: r.organisation,
    title: r.title,
    bioSv: r.bio_sv,
    bioEn: r.bio_en,
    itemCount: r.item_count,
    createdAt: toStockholmIso(r.created_at),
    updatedAt: toStockholmIso(r.updated_at),
  };
}

/**
 * The speakers of a published item as the register holds them now, in the published order: only
 * those who confirmed or were never invited, and only their public fields (never the e-mail address).
 */
export async function publicSpeakersOf(manager: EntityManager, item: Pick<ProgrammeItem, 'id' | 'speakers'>): Promise<PublicSpeaker[]> {
  const ids = (item.speakers ?? []).map((s) => s.id).filter((id): id is string => typeof id === 'string');
  if (!ids.length) return [];
  const rows = await manager.query<{ id: string; name: string; organisation: string | null; title: string | null; bio_sv: string | null; bio_en: string | null }[]>(
    `SELECT s.id, s.name, s.organisation, s.title, s.bio_sv, s.bio_en
       FROM unnest($2::uuid[]) WITH ORDINALITY AS p(id, position)
       JOIN speakers s ON s.id = p.id
       LEFT JOIN speaker_invitations v ON v.agenda_item_id = $1 AND v.speaker_id = s.id
      WHERE v.status IS NULL OR v.status = 'confirmed'
      ORDER BY p.position`,
    [item.id, ids],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, title: r.title, organisation: r.organisation, bioSv: r.bio_sv, bioEn: r.bio_en }));
}
