import type { AgendaConflict } from '@samverkan/agenda/contract';
import { stockholmDate } from '@samverkan/shared/util-dates';

export interface ConflictItem {
  id: string;
  titleSv: string;
  startsAt: Date | null;
  endsAt: Date | null;
  roomId: string | null;
  /** Register entries: one person is one id, however their name was spelled before a merge. */
  speakers: { id: string; name: string }[];
  signupRequired: boolean;
  signupCapacity: number | null;
}

export interface ConflictRoom {
  id: string;
  name: string;
  capacity: number;
}

const overlaps = (a: ConflictItem, b: ConflictItem) =>
  !!(a.startsAt && a.endsAt && b.startsAt && b.endsAt && a.startsAt < b.endsAt && b.startsAt < a.endsAt);

/**
 * Every conflict of a draft agenda, as warnings: a room or a speaker in two places at once, items
 * outside the conference days, sign-up capacity above the room's, and people signed up for two sessions
 * that now overlap (`sharedSignups`: pairs of item ids with at least one registrant in common).
 */
export function findConflicts(
  items: ConflictItem[],
  rooms: ConflictRoom[],
  conference: { startsAt: Date; endsAt: Date },
  sharedSignups: Array<[string, string]> = [],
): AgendaConflict[] {
  const conflicts: AgendaConflict[] = [];
  const scheduled = items
    .filter((i) => i.startsAt && i.endsAt)
    .sort((a, b) => (a.startsAt as Date).getTime() - (b.startsAt as Date).getTime());
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  for (let i = 0; i < scheduled.length; i++) {
    for (let j = i + 1; j < scheduled.length; j++) {
      const a = scheduled[i];
      const b = scheduled[j];
      if ((b.startsAt as Date) >= (a.endsAt as Date)) break;
      if (!overlaps(a, b)) continue;
      if (a.roomId && a.roomId === b.roomId) {
        conflicts.push({
          kind: 'room-double-booked',
          itemIds: [a.id, b.id],
          message: `${roomById.get(a.roomId)?.name ?? 'Lokalen'} är dubbelbokad: ”${a.titleSv}” och ”${b.titleSv}”.`,
        });
      }
      const people = new Set(a.speakers.map((s) => s.id));
      for (const speaker of b.speakers) {
        if (people.has(speaker.id)) {
          conflicts.push({
            kind: 'speaker-double-booked',
            itemIds: [a.id, b.id],
            message: `${speaker.name} talar på två ställen samtidigt: ”${a.titleSv}” och ”${b.titleSv}”.`,
          });
        }
      }
    }
  }
  const first = stockholmDate(conference.startsAt);
  const last = stockholmDate(conference.endsAt);
  for (const item of scheduled) {
    if (stockholmDate(item.startsAt as Date) < first || stockholmDate(item.endsAt as Date) > last) {
      conflicts.push({ kind: 'outside-conference', itemIds: [item.id], message: `”${item.titleSv}” ligger utanför konferensens dagar.` });
    }
    const room = item.roomId ? roomById.get(item.roomId) : undefined;
    if (item.signupRequired && room && (item.signupCapacity ?? 0) > room.capacity) {
      conflicts.push({
        kind: 'signup-above-room',
        itemIds: [item.id],
        message: `”${item.titleSv}” tar emot ${item.signupCapacity} anmälda men ${room.name} rymmer ${room.capacity}.`,
      });
    }
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const [x, y] of sharedSignups) {
    const a = byId.get(x);
    const b = byId.get(y);
    if (a && b && overlaps(a, b)) {
      conflicts.push({
        kind: 'signup-overlap',
        itemIds: [a.id, b.id],
        message: `Deltagare är anmälda till både ”${a.titleSv}” och ”${b.titleSv}”, som nu krockar.`,
      });
    }
  }
  return conflicts;
}
