import type { AgendaConflict, AgendaItemResponse, AgendaItemSpeaker, RoomResponse } from '@samverkan/agenda/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { AgendaItem, Room } from './agenda.entity';

export function toRoom(r: Room): RoomResponse {
  return { id: r.id, name: r.name, capacity: r.capacity, accessibilityNotes: r.accessibilityNotes, position: r.position };
}

/** An item's focus-area codes in the strategy's order. */
export function codesOf(item: Pick<AgendaItem, 'focusAreas'>): FocusAreaCode[] {
  return [...(item.focusAreas ?? [])].sort((a, b) => a.position - b.position).map((f) => f.code);
}

/** A draft item as the editor sees it, with its speakers and the conflicts it is part of. */
export function toItem(item: AgendaItem, conflicts: readonly AgendaConflict[], speakers: readonly AgendaItemSpeaker[]): AgendaItemResponse {
  return {
    id: item.id,
    conferenceId: item.conferenceId,
    titleSv: item.titleSv,
    titleEn: item.titleEn,
    descriptionSv: item.descriptionSv,
    descriptionEn: item.descriptionEn,
    type: item.type,
    startsAt: item.startsAt ? toStockholmIso(item.startsAt) : null,
    endsAt: item.endsAt ? toStockholmIso(item.endsAt) : null,
    roomId: item.roomId,
    roomName: item.room?.name ?? null,
    themeId: item.themeId,
    sourceProposalId: item.sourceProposalId,
    speakers: [...speakers],
    focusAreaCodes: codesOf(item),
    signupRequired: item.signupRequired,
    signupCapacity: item.signupCapacity,
    signupCount: item.signupCount,
    version: item.version,
    conflicts: conflicts.filter((c) => c.itemIds.includes(item.id)),
  };
}

/** What the audit trail keeps of an item's edit: its title and place, times in Stockholm time. */
export function auditedPlace(item: Pick<AgendaItem, 'startsAt' | 'endsAt' | 'roomId' | 'titleSv'>) {
  return {
    startsAt: item.startsAt ? toStockholmIso(item.startsAt) : null,
    endsAt: item.endsAt ? toStockholmIso(item.endsAt) : null,
    roomId: item.roomId,
    title: item.titleSv,
  };
}
