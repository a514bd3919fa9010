import type { AgendaItemSpeaker, ProgrammeItem, ProgrammeResponse, SpeakerRef } from '@samverkan/agenda/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { AgendaItem, Room } from './agenda.entity';
import { codesOf, toRoom } from './agenda-views';
import { CONTENT_KEYS, differs, PLACE_KEYS } from './programme-diff';

/** What a version stores: the programme without its number and time. */
export type Snapshot = Omit<ProgrammeResponse, 'version' | 'publishedAt'>;

/** The version a new one follows, if any. */
export interface PreviousVersion {
  snapshot: Snapshot;
  publishedAt: Date;
}

/**
 * A draft item as a new version freezes it. Its `sequence` (for calendars) and `lastModifiedAt` stay
 * as in the previous version when nothing changed, and the sequence grows by one when something did.
 */
export function toProgrammeItem(
  item: AgendaItem,
  speakers: readonly AgendaItemSpeaker[],
  previous: ProgrammeItem | undefined,
  publishedAt: Date,
  previousPublishedAt: Date | undefined,
): ProgrammeItem {
  const next: ProgrammeItem = {
    id: item.id,
    titleSv: item.titleSv,
    titleEn: item.titleEn,
    descriptionSv: item.descriptionSv,
    descriptionEn: item.descriptionEn,
    type: item.type,
    startsAt: toStockholmIso(item.startsAt as Date),
    endsAt: toStockholmIso(item.endsAt as Date),
    roomId: item.roomId,
    roomName: item.room?.name ?? null,
    themeId: item.themeId,
    speakers: publicSpeakers(speakers),
    focusAreaCodes: codesOf(item),
    signupRequired: item.signupRequired,
    signupCapacity: item.signupCapacity,
    sequence: 0,
    lastModifiedAt: toStockholmIso(publishedAt),
  };
  if (previous && !differs(previous, next, [...CONTENT_KEYS, ...PLACE_KEYS])) {
    next.sequence = previous.sequence;
    // Versions published before items had `lastModifiedAt`: the previous version's time is the best bound.
    next.lastModifiedAt = previous.lastModifiedAt ?? (previousPublishedAt ? toStockholmIso(previousPublishedAt) : next.lastModifiedAt);
  } else if (previous) {
    next.sequence = previous.sequence + 1;
  }
  return next;
}

/**
 * The speakers a programme shows: those who confirmed, or were never invited (staff vouch for them);
 * someone who has not answered yet, or declined, is left out. Keys in jsonb's order (see speakersOfItems).
 */
export function publicSpeakers(speakers: readonly AgendaItemSpeaker[]): SpeakerRef[] {
  return speakers
    .filter((s) => s.invitation === 'confirmed' || s.invitation === 'not-invited')
    .map((s) => ({ id: s.id, name: s.name, title: s.title, organisation: s.organisation }));
}

/** The snapshot a new version of the draft freezes: its rooms and its scheduled items (unscheduled ones stay out). */
export function freezeProgramme(
  conferenceId: string,
  rooms: readonly Room[],
  items: readonly AgendaItem[],
  speakers: ReadonlyMap<string, readonly AgendaItemSpeaker[]>,
  previous: PreviousVersion | null,
  publishedAt: Date,
): Snapshot {
  const before = new Map((previous?.snapshot.items ?? []).map((i) => [i.id, i]));
  return {
    conferenceId,
    rooms: rooms.map(toRoom),
    items: items
      .filter((i) => i.startsAt && i.endsAt)
      .map((item) => toProgrammeItem(item, speakers.get(item.id) ?? [], before.get(item.id), publishedAt, previous?.publishedAt)),
  };
}
