import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { AgendaItemSpeaker, PublicSpeaker, SpeakerRef } from './speakers';

export const AGENDA_ITEM_TYPES = ['keynote', 'panel', 'seminar', 'workshop', 'study-visit', 'break', 'meal', 'networking'] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];

export interface RoomRequest {
  name: string;
  capacity: number;
  accessibilityNotes?: string | null;
}

export interface RoomResponse {
  id: string;
  name: string;
  capacity: number;
  accessibilityNotes: string | null;
  position: number;
}

export interface AgendaItemRequest {
  titleSv: string;
  titleEn?: string | null;
  descriptionSv?: string | null;
  descriptionEn?: string | null;
  type: AgendaItemType;
  /** Both or neither: an item without times is in the pile of unscheduled items. */
  startsAt?: string | null;
  endsAt?: string | null;
  roomId?: string | null;
  themeId?: string | null;
  /** Register entries, in the order they are named; replaces the item's speakers. */
  speakerIds?: string[];
  focusAreaCodes?: FocusAreaCode[];
  signupRequired?: boolean;
  signupCapacity?: number | null;
}

export interface UpdateAgendaItemRequest extends Partial<AgendaItemRequest> {
  /** The version the edit is based on; a stale one gets 409 with the current item. */
  version: number;
}

export const CONFLICT_KINDS = [
  'room-double-booked',
  'speaker-double-booked',
  'outside-conference',
  'signup-above-room',
  'signup-overlap',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface AgendaConflict {
  kind: ConflictKind;
  itemIds: string[];
  /** Readable, Swedish. */
  message: string;
}

export interface AgendaItemResponse {
  id: string;
  conferenceId: string;
  titleSv: string;
  titleEn: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  type: AgendaItemType;
  startsAt: string | null;
  endsAt: string | null;
  roomId: string | null;
  roomName: string | null;
  themeId: string | null;
  sourceProposalId: string | null;
  speakers: AgendaItemSpeaker[];
  focusAreaCodes: FocusAreaCode[];
  signupRequired: boolean;
  signupCapacity: number | null;
  signupCount: number;
  version: number;
  conflicts: AgendaConflict[];
}

export interface DraftAgendaResponse {
  rooms: RoomResponse[];
  items: AgendaItemResponse[];
  conflicts: AgendaConflict[];
  latestVersion: number | null;
}

export interface PublishRequest {
  /** Required when there are conflicts: publishing with conflicts is a deliberate choice. */
  acknowledgeConflicts?: boolean;
}

/** A published version of the programme: its number, when and by whom, with how many conflicts. */
export interface PublishedVersion {
  number: number;
  publishedAt: string;
  publishedByName: string | null;
  conflictCount: number;
}

/** A published programme item, as frozen in a version. */
export interface ProgrammeItem {
  id: string;
  titleSv: string;
  titleEn: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  type: AgendaItemType;
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  roomName: string | null;
  themeId: string | null;
  /** The speakers who confirmed or were not invited, as the version froze them. */
  speakers: SpeakerRef[];
  focusAreaCodes: FocusAreaCode[];
  signupRequired: boolean;
  signupCapacity: number | null;
  /** Increases whenever the item changes between published versions (for calendars). */
  sequence: number;
  /** When the item last changed in a published version (absent in versions published before this field). */
  lastModifiedAt?: string;
}

export interface ProgrammeResponse {
  conferenceId: string;
  version: number;
  publishedAt: string;
  rooms: RoomResponse[];
  items: ProgrammeItem[];
}

export type ChangeKind = 'added' | 'moved' | 'changed' | 'removed';

export interface ProgrammeChange {
  kind: ChangeKind;
  itemId: string;
  titleSv: string;
  before: Pick<ProgrammeItem, 'startsAt' | 'endsAt' | 'roomName'> | null;
  after: Pick<ProgrammeItem, 'startsAt' | 'endsAt' | 'roomName'> | null;
}

/** Places taken and capacity of each published session with sign-up, by item id (live counts). */
export type SignupCountsResponse = Record<string, { taken: number; capacity: number }>;

export interface ChangelogEntry {
  version: number;
  publishedAt: string;
  changes: ProgrammeChange[];
}

/** An accepted session proposal for the conference, not yet on the agenda (the editor's pile). */
export interface AgendaCandidate {
  proposalId: string;
  title: string;
  summary: string;
  format: string | null;
  durationMinutes: number | null;
}

/** What POST …/agenda/publish answers: the new version and what changed since the one before. */
export interface PublishResult extends PublishedVersion {
  changes: ProgrammeChange[];
}

/**
 * GET /api/agenda-items/:id: a published item with where it belongs; its speakers as the register holds
 * them now (those who confirmed or were not invited), with their biographies.
 */
export interface PublishedItemResponse extends Omit<ProgrammeItem, 'speakers'> {
  conferenceId: string;
  version: number;
  speakers: PublicSpeaker[];
}
