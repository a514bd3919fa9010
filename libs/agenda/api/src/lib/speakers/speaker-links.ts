import type { EntityManager } from 'typeorm';
import type { AgendaItemSpeaker, InvitationStatus } from '@samverkan/agenda/contract';
import { refused } from '@samverkan/shared/api-http';
import { cleanSpeakerName, speakerKey, speakerKeySql } from './speaker-names';

interface LinkRow {
  agenda_item_id: string;
  id: string;
  name: string;
  organisation: string | null;
  title: string | null;
  invitation: InvitationStatus;
}

/** The speakers of many items, in their order, with where each invitation stands: one query. */
export async function speakersOfItems(manager: EntityManager, itemIds: readonly string[]): Promise<Map<string, AgendaItemSpeaker[]>> {
  const byItem = new Map<string, AgendaItemSpeaker[]>(itemIds.map((id) => [id, []]));
  if (!itemIds.length) return byItem;
  const rows = await manager.query<LinkRow[]>(
    `SELECT l.agenda_item_id, s.id, s.name, s.organisation, s.title, coalesce(v.status, 'not-invited') AS invitation
       FROM agenda_item_speakers l
       JOIN speakers s ON s.id = l.speaker_id
       LEFT JOIN speaker_invitations v ON v.agenda_item_id = l.agenda_item_id AND v.speaker_id = l.speaker_id
      WHERE l.agenda_item_id = ANY($1::uuid[])
      ORDER BY l.agenda_item_id, l.position`,
    [itemIds],
  );
  for (const r of rows) {
    // Keys in the order PostgreSQL's jsonb keeps them (by length), so a frozen copy compares equal.
    byItem.get(r.agenda_item_id)?.push({ id: r.id, name: r.name, title: r.title, organisation: r.organisation, invitation: r.invitation });
  }
  return byItem;
}

/**
 * Makes `speakerIds` an item's speakers, in that order. Links that stay keep their invitations; a
 * speaker taken off the item loses theirs (the foreign key cascades). Unknown ids: 422, nothing written.
 */
export async function setItemSpeakers(manager: EntityManager, itemId: string, speakerIds: readonly string[]): Promise<void> {
  if (speakerIds.length) {
    const [{ found }] = await manager.query<{ found: number }[]>(`SELECT count(*)::int AS found FROM speakers WHERE id = ANY($1::uuid[])`, [
      speakerIds,
    ]);
    if (found !== new Set(speakerIds).size) throw refused('agenda.unknown-speaker', { errors: { speakerIds: 'unknown' } });
  }
  await manager.query(`DELETE FROM agenda_item_speakers WHERE agenda_item_id = $1 AND NOT (speaker_id = ANY($2::uuid[]))`, [itemId, speakerIds]);
  if (!speakerIds.length) return;
  await manager.query(
    `INSERT INTO agenda_item_speakers (agenda_item_id, speaker_id, position)
     SELECT $1, s.id, s.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS s(id, position)
     ON CONFLICT (agenda_item_id, speaker_id) DO UPDATE SET position = EXCLUDED.position`,
    [itemId, speakerIds],
  );
}

/**
 * The register entries for names written as text (a proposal's suggested speakers): an entry whose
 * name has the same `speakerKey` is reused, otherwise one is made. Ids in the order of the names, once each.
 */
export async function speakersForNames(
  manager: EntityManager,
  people: readonly { name: string; organisation?: string | null }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const person of people) {
    const name = cleanSpeakerName(person.name);
    if (!name) continue;
    const [existing] = await manager.query<{ id: string }[]>(
      `SELECT id FROM speakers WHERE ${speakerKeySql('name')} = $1 ORDER BY created_at, id LIMIT 1`,
      [speakerKey(name)],
    );
    const id =
      existing?.id ??
      (
        await manager.query<{ id: string }[]>(`INSERT INTO speakers (name, organisation) VALUES ($1, $2) RETURNING id`, [
          name,
          person.organisation?.trim() || null,
        ])
      )[0].id;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
