import { OmitType } from '@nestjs/swagger';
import { ApiErrorBody, Prop, TitledResponse } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/agenda/contract';
import { AGENDA_ITEM_TYPES, CONFLICT_KINDS } from '@samverkan/agenda/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

import { AgendaItemSpeaker, PublicSpeaker, SpeakerRef } from '../speakers/dto/speakers.responses';

export class RoomResponse implements C.RoomResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  name!: string;

  @Prop.int()
  capacity!: number;

  @Prop.string({ nullable: true })
  accessibilityNotes!: string | null;

  @Prop.int()
  position!: number;
}

export class AgendaConflict implements C.AgendaConflict {
  @Prop.enum(CONFLICT_KINDS)
  kind!: C.ConflictKind;

  @Prop.uuids()
  itemIds!: string[];

  @Prop.string({ description: 'Readable, Swedish.' })
  message!: string;
}

export class AgendaItemResponse extends TitledResponse implements C.AgendaItemResponse {
  @Prop.uuid()
  conferenceId!: string;

  @Prop.enum(AGENDA_ITEM_TYPES)
  type!: C.AgendaItemType;

  @Prop.dateTime({ nullable: true, description: 'Null for an unscheduled item (as is endsAt).' })
  startsAt!: string | null;

  @Prop.dateTime({ nullable: true })
  endsAt!: string | null;

  @Prop.uuid({ nullable: true })
  roomId!: string | null;

  @Prop.string({ nullable: true })
  roomName!: string | null;

  @Prop.uuid({ nullable: true })
  themeId!: string | null;

  @Prop.uuid({ nullable: true })
  sourceProposalId!: string | null;

  @Prop.array(() => AgendaItemSpeaker)
  speakers!: AgendaItemSpeaker[];

  @Prop.strings(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCodes!: FocusAreaCode[];

  @Prop.boolean()
  signupRequired!: boolean;

  @Prop.int({ nullable: true })
  signupCapacity!: number | null;

  @Prop.int()
  signupCount!: number;

  @Prop.int({ description: 'Send it back with an edit; a stale one gets 409.' })
  version!: number;

  @Prop.array(() => AgendaConflict)
  conflicts!: AgendaConflict[];
}

export class DraftAgendaResponse implements C.DraftAgendaResponse {
  @Prop.array(() => RoomResponse)
  rooms!: RoomResponse[];

  @Prop.array(() => AgendaItemResponse)
  items!: AgendaItemResponse[];

  @Prop.array(() => AgendaConflict)
  conflicts!: AgendaConflict[];

  @Prop.int({ nullable: true, description: 'The latest published version, if any.' })
  latestVersion!: number | null;
}

/** A published programme item, as frozen in a version. */
export class ProgrammeItem extends TitledResponse implements C.ProgrammeItem {
  @Prop.enum(AGENDA_ITEM_TYPES)
  type!: C.AgendaItemType;

  @Prop.dateTime()
  startsAt!: string;

  @Prop.dateTime()
  endsAt!: string;

  @Prop.uuid({ nullable: true })
  roomId!: string | null;

  @Prop.string({ nullable: true })
  roomName!: string | null;

  @Prop.uuid({ nullable: true })
  themeId!: string | null;

  @Prop.array(() => SpeakerRef, { description: 'The speakers who confirmed or were not invited, as the version froze them.' })
  speakers!: SpeakerRef[];

  @Prop.strings(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCodes!: FocusAreaCode[];

  @Prop.boolean()
  signupRequired!: boolean;

  @Prop.int({ nullable: true })
  signupCapacity!: number | null;

  @Prop.int({ description: 'Increases whenever the item changes between published versions (for calendars).' })
  sequence!: number;

  @Prop.dateTime({ optional: true, description: 'When the item last changed in a published version (absent in older versions).' })
  lastModifiedAt?: string;
}

export class ProgrammeResponse implements C.ProgrammeResponse {
  @Prop.uuid()
  conferenceId!: string;

  @Prop.int()
  version!: number;

  @Prop.dateTime()
  publishedAt!: string;

  @Prop.array(() => RoomResponse)
  rooms!: RoomResponse[];

  @Prop.array(() => ProgrammeItem)
  items!: ProgrammeItem[];
}

/** Where and when a programme item was, before or after a change. */
export class ProgrammeSlot implements Pick<C.ProgrammeItem, 'startsAt' | 'endsAt' | 'roomName'> {
  @Prop.dateTime()
  startsAt!: string;

  @Prop.dateTime()
  endsAt!: string;

  @Prop.string({ nullable: true })
  roomName!: string | null;
}

export class ProgrammeChange implements C.ProgrammeChange {
  @Prop.enum(['added', 'moved', 'changed', 'removed'])
  kind!: C.ChangeKind;

  @Prop.uuid()
  itemId!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.object(() => ProgrammeSlot, { nullable: true })
  before!: ProgrammeSlot | null;

  @Prop.object(() => ProgrammeSlot, { nullable: true })
  after!: ProgrammeSlot | null;
}

export class ChangelogEntry implements C.ChangelogEntry {
  @Prop.int()
  version!: number;

  @Prop.dateTime()
  publishedAt!: string;

  @Prop.array(() => ProgrammeChange)
  changes!: ProgrammeChange[];
}

/** Places taken and capacity of one session with sign-up (SignupCountsResponse maps item ids to these). */
export class SignupCount {
  @Prop.int()
  taken!: number;

  @Prop.int()
  capacity!: number;
}

export class AgendaCandidate implements C.AgendaCandidate {
  @Prop.uuid()
  proposalId!: string;

  @Prop.string()
  title!: string;

  @Prop.string()
  summary!: string;

  @Prop.string({ nullable: true })
  format!: string | null;

  @Prop.int({ nullable: true })
  durationMinutes!: number | null;
}

export class PublishResult implements C.PublishResult {
  @Prop.int()
  number!: number;

  @Prop.dateTime()
  publishedAt!: string;

  @Prop.string({ nullable: true })
  publishedByName!: string | null;

  @Prop.int()
  conflictCount!: number;

  @Prop.array(() => ProgrammeChange)
  changes!: ProgrammeChange[];
}

/** GET /api/agenda-items/:id: a published item with where it belongs, its speakers as the register holds them now. */
export class PublishedItemResponse extends OmitType(ProgrammeItem, ['speakers'] as const) implements C.PublishedItemResponse {
  @Prop.uuid()
  conferenceId!: string;

  @Prop.int()
  version!: number;

  @Prop.array(() => PublicSpeaker, { description: 'Those who confirmed or were not invited, with their biographies.' })
  speakers!: PublicSpeaker[];
}

/** 409 for an edit based on a stale version: the error body with the item as it is now. */
export class StaleItemError extends ApiErrorBody {
  @Prop.object(() => AgendaItemResponse, { description: 'The item as it is now.' })
  current!: AgendaItemResponse;
}

export class FocusAreaShare implements C.FocusAreaShare {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCode!: FocusAreaCode;

  @Prop.int({ description: 'Minutes of programme time tagged with the area (an item with two areas counts for both).' })
  minutes!: number;

  @Prop.number({ description: 'minutes / programme minutes (0–1); 0 while the programme has no time.' })
  share!: number;

  @Prop.boolean({ description: 'Below the threshold (`minShare`).' })
  short!: boolean;
}

/** GET …/agenda/coverage-preview: each focus area's share of the draft's programme time. */
export class CoveragePreview implements C.CoveragePreview {
  @Prop.uuid()
  conferenceId!: string;

  @Prop.int({ description: 'Timed items that are programme (not breaks, meals or networking).' })
  programmeMinutes!: number;

  @Prop.number()
  minShare!: number;

  @Prop.array(() => FocusAreaShare)
  areas!: FocusAreaShare[];

  @Prop.strings({ ...FOCUS_AREA_CODE_SCHEMA, description: 'The areas below the threshold: publishing warns of them.' })
  shortAreaCodes!: FocusAreaCode[];
}
