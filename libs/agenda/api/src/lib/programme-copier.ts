import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConferenceEvents, idColumns, newIds, type ConferenceCopy } from '@samverkan/conferences/api';

interface ItemTimes {
  id: string;
  startsAt: Date | null;
  endsAt: Date | null;
}

/**
 * A copied conference gets the programme's structure as a draft: the rooms, and every programme item
 * with its room, theme, type, speakers (the same register entries), focus areas and sign-up capacity, its
 * times moved with the copy. Published versions, sign-ups (the counts start at 0), speaker invitations and
 * links to proposals stay with the original.
 */
@Injectable()
export class ProgrammeCopier implements OnModuleInit {
  constructor(private readonly events: ConferenceEvents) {}

  onModuleInit(): void {
    this.events.onCopied((manager, copy) => this.copy(manager, copy));
  }

  async copy(manager: EntityManager, copy: ConferenceCopy): Promise<void> {
    const roomIds = await copyRooms(manager, copy);
    const items = await manager.query<ItemTimes[]>(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt" FROM agenda_items WHERE conference_id = $1`,
      [copy.fromId],
    );
    if (!items.length) return;
    const [oldIds, copyIds] = idColumns(newIds(items.map((item) => item.id)));
    const moved = (date: Date | null) => (date ? copy.shift(date).toISOString() : null);
    const [oldRooms, newRooms] = idColumns(roomIds);
    const [oldThemes, newThemes] = idColumns(copy.themeIds);
    await manager.query(
      `INSERT INTO agenda_items (id, conference_id, title_sv, title_en, description_sv, description_en, type, starts_at, ends_at,
                                 room_id, theme_id, signup_required, signup_capacity)
       SELECT m.new_id, $1, i.title_sv, i.title_en, i.description_sv, i.description_en, i.type, m.starts_at, m.ends_at,
              r.new_id, t.new_id, i.signup_required, i.signup_capacity
         FROM agenda_items i
         JOIN unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[]) AS m(old_id, new_id, starts_at, ends_at) ON m.old_id = i.id
         LEFT JOIN unnest($6::uuid[], $7::uuid[]) AS r(old_id, new_id) ON r.old_id = i.room_id
         LEFT JOIN unnest($8::uuid[], $9::uuid[]) AS t(old_id, new_id) ON t.old_id = i.theme_id`,
      [
        copy.toId,
        oldIds,
        copyIds,
        items.map((item) => moved(item.startsAt)),
        items.map((item) => moved(item.endsAt)),
        oldRooms,
        newRooms,
        oldThemes,
        newThemes,
      ],
    );
    await manager.query(
      `INSERT INTO agenda_item_focus_areas (agenda_item_id, focus_area_id)
       SELECT m.new_id, f.focus_area_id
         FROM agenda_item_focus_areas f JOIN unnest($1::uuid[], $2::uuid[]) AS m(old_id, new_id) ON m.old_id = f.agenda_item_id`,
      [oldIds, copyIds],
    );
    // The same people from the register; their invitations (and answers) were for the original's items.
    await manager.query(
      `INSERT INTO agenda_item_speakers (agenda_item_id, speaker_id, position)
       SELECT m.new_id, l.speaker_id, l.position
         FROM agenda_item_speakers l JOIN unnest($1::uuid[], $2::uuid[]) AS m(old_id, new_id) ON m.old_id = l.agenda_item_id`,
      [oldIds, copyIds],
    );
  }
}

async function copyRooms(manager: EntityManager, copy: ConferenceCopy): Promise<Map<string, string>> {
  const rows = await manager.query<{ id: string }[]>(`SELECT id FROM rooms WHERE conference_id = $1`, [copy.fromId]);
  const ids = newIds(rows.map((row) => row.id));
  if (!ids.size) return ids;
  const [oldIds, copyIds] = idColumns(ids);
  await manager.query(
    `INSERT INTO rooms (id, conference_id, name, capacity, accessibility_notes, position)
     SELECT m.new_id, $1, r.name, r.capacity, r.accessibility_notes, r.position
       FROM rooms r JOIN unnest($2::uuid[], $3::uuid[]) AS m(old_id, new_id) ON m.old_id = r.id`,
    [copy.toId, oldIds, copyIds],
  );
  return ids;
}
