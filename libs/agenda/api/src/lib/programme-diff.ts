import type { ProgrammeChange, ProgrammeItem } from '@samverkan/agenda/contract';

/** What an item says: a difference here is a `changed` item. */
export const CONTENT_KEYS = [
  'titleSv',
  'titleEn',
  'descriptionSv',
  'descriptionEn',
  'type',
  'themeId',
  'speakers',
  'focusAreaCodes',
  'signupRequired',
  'signupCapacity',
] as const satisfies readonly (keyof ProgrammeItem)[];

/** Where and when an item is: a difference here is a `moved` item. */
export const PLACE_KEYS = ['startsAt', 'endsAt', 'roomId'] as const satisfies readonly (keyof ProgrammeItem)[];

/** Whether two versions of an item differ in any of these fields (compared as JSON values). */
export function differs(a: ProgrammeItem, b: ProgrammeItem, keys: readonly (keyof ProgrammeItem)[]): boolean {
  return keys.some((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

const slot = (i: ProgrammeItem) => ({ startsAt: i.startsAt, endsAt: i.endsAt, roomName: i.roomName });

/**
 * What changed between two published versions, in the order of the new one, then the removed items:
 * added, moved (time or room), changed (content), removed. An item both moved and changed is `moved`.
 */
export function diffProgrammes(before: readonly ProgrammeItem[], after: readonly ProgrammeItem[]): ProgrammeChange[] {
  const old = new Map(before.map((i) => [i.id, i]));
  const changes: ProgrammeChange[] = [];
  for (const item of after) {
    const prev = old.get(item.id);
    if (!prev) changes.push({ kind: 'added', itemId: item.id, titleSv: item.titleSv, before: null, after: slot(item) });
    else if (differs(prev, item, PLACE_KEYS))
      changes.push({ kind: 'moved', itemId: item.id, titleSv: item.titleSv, before: slot(prev), after: slot(item) });
    else if (differs(prev, item, CONTENT_KEYS))
      changes.push({ kind: 'changed', itemId: item.id, titleSv: item.titleSv, before: slot(prev), after: slot(item) });
    old.delete(item.id);
  }
  for (const prev of old.values()) changes.push({ kind: 'removed', itemId: prev.id, titleSv: prev.titleSv, before: slot(prev), after: null });
  return changes;
}
