import { isDeepStrictEqual } from 'node:util';
import type { ProgrammeItem, RoomResponse } from '@samverkan/agenda/contract';

/** What a published version freezes: its rooms and items. */
export interface ProgrammeSnapshot {
  rooms: readonly RoomResponse[];
  items: readonly ProgrammeItem[];
}

/**
 * True when a new version would freeze exactly what the previous one did (publishing it would make
 * an empty version). Compared as JSON values: the stored snapshot comes back from jsonb with its keys
 * reordered and absent fields absent, not undefined.
 */
export function sameProgramme(previous: ProgrammeSnapshot, next: ProgrammeSnapshot): boolean {
  const plain = (snapshot: ProgrammeSnapshot): unknown => JSON.parse(JSON.stringify({ rooms: snapshot.rooms, items: snapshot.items }));
  return isDeepStrictEqual(plain(previous), plain(next));
}
