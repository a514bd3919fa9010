import { ApiErrorBody, Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/coverage/contract';
import { COVERAGE_SOURCES, IMPORT_COLUMNS, PARTICIPANT_TYPES } from '@samverkan/coverage/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

type ReportQuery = C.CoverageReport['query'];

/** The selection the report was made for, with the defaults filled in. */
export class CoverageReportQuery implements ReportQuery {
  @Prop.int({ optional: true })
  fromYear?: number;

  @Prop.int({ optional: true })
  toYear?: number;

  @Prop.uuids({ optional: true })
  conferenceIds?: string[];

  @Prop.number()
  minShare!: number;

  @Prop.int()
  lastN!: number;
}

export class CoverageConference implements C.CoverageConference {
  @Prop.uuid()
  id!: string;

  @Prop.enum(COVERAGE_SOURCES)
  source!: C.CoverageSource;

  @Prop.string()
  title!: string;

  @Prop.date()
  startsOn!: string;

  @Prop.int()
  year!: number;

  @Prop.string()
  status!: string;

  @Prop.int({ description: 'Minutes of programme time (timed items other than breaks, meals and networking).' })
  programmeMinutes!: number;

  @Prop.int()
  participants!: number;
}

export class CoverageFigures implements C.CoverageFigures {
  @Prop.int()
  themes!: number;

  @Prop.int()
  items!: number;

  @Prop.int()
  minutes!: number;

  @Prop.number({ description: 'minutes / programme minutes of the same conferences (0–1).' })
  share!: number;

  @Prop.int()
  proposalsSubmitted!: number;

  @Prop.int()
  proposalsAccepted!: number;

  @Prop.int()
  signups!: number;

  @Prop.int({ description: 'Evaluation answers that wished for more of this focus area.' })
  evaluationWishes!: number;
}

export class CoverageCell extends CoverageFigures implements C.CoverageCell {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCode!: FocusAreaCode;

  @Prop.uuid()
  conferenceId!: string;
}

export class CoverageYearCell extends CoverageFigures implements C.CoverageYearCell {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCode!: FocusAreaCode;

  @Prop.int()
  year!: number;
}

export class CoverageFocusArea implements C.CoverageFocusArea {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  code!: FocusAreaCode;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;

  @Prop.object(() => CoverageFigures)
  totals!: CoverageFigures;
}

export class ParticipantCounts implements Record<C.ParticipantType, number> {
  @Prop.int()
  municipality!: number;

  @Prop.int()
  business!: number;

  @Prop.int()
  region!: number;

  @Prop.int()
  'state-agency'!: number;

  @Prop.int()
  other!: number;
}

export class ParticipantMix implements C.ParticipantMix {
  @Prop.uuid()
  conferenceId!: string;

  @Prop.object(() => ParticipantCounts)
  counts!: ParticipantCounts;

  @Prop.int()
  total!: number;
}

export class CoverageGap implements C.CoverageGap {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCode!: FocusAreaCode;

  @Prop.enum(['low-share', 'absent'])
  kind!: C.CoverageGapKind;

  @Prop.number({ description: 'Share of programme time over the conferences looked at.' })
  share!: number;

  @Prop.uuids({ description: 'The conferences the rule looked at (the last N of the selection), newest first.' })
  conferenceIds!: string[];
}

export class CoverageSuggestion implements C.CoverageSuggestion {
  @Prop.enum(['give-room', 'bring-back', 'use-accepted-proposals', 'invite-participants'])
  kind!: C.CoverageSuggestionKind;

  @Prop.string({ ...FOCUS_AREA_CODE_SCHEMA, optional: true })
  focusAreaCode?: FocusAreaCode;

  @Prop.enum(PARTICIPANT_TYPES, { optional: true })
  participantType?: C.ParticipantType;

  @Prop.number({ optional: true })
  share?: number;

  @Prop.int({ optional: true })
  count?: number;
}

export class CoverageReport implements C.CoverageReport {
  @Prop.object(() => CoverageReportQuery)
  query!: CoverageReportQuery;

  @Prop.array(() => CoverageFocusArea)
  focusAreas!: CoverageFocusArea[];

  @Prop.array(() => CoverageConference, { description: 'Oldest first.' })
  conferences!: CoverageConference[];

  @Prop.ints()
  years!: number[];

  @Prop.array(() => CoverageCell, { description: 'One cell per focus area × conference (zeros included).' })
  cells!: CoverageCell[];

  @Prop.array(() => CoverageYearCell, { description: 'One cell per focus area × year (zeros included).' })
  byYear!: CoverageYearCell[];

  @Prop.array(() => ParticipantMix)
  participantMix!: ParticipantMix[];

  @Prop.array(() => CoverageGap)
  gaps!: CoverageGap[];

  @Prop.array(() => CoverageSuggestion)
  suggestions!: CoverageSuggestion[];
}

export class CoverageItem implements C.CoverageItem {
  @Prop.enum(['theme', 'agenda-item', 'proposal', 'session'])
  kind!: C.CoverageItemKind;

  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  conferenceId!: string;

  @Prop.string()
  conferenceTitle!: string;

  @Prop.string()
  title!: string;

  @Prop.int({ nullable: true, description: 'Agenda items and sessions: minutes of programme time.' })
  minutes!: number | null;

  @Prop.string({ nullable: true, description: 'Proposals: their state.' })
  state!: string | null;

  @Prop.int()
  signups!: number;

  @Prop.string({ nullable: true, description: 'In-app link (live data only).' })
  link!: string | null;
}

export class ImportRowError implements C.ImportRowError {
  @Prop.int({ description: 'Line in the file (1 = the header), or row number in the sheet.' })
  line!: number;

  @Prop.enum(IMPORT_COLUMNS, { nullable: true })
  column!: C.ImportColumn | null;

  @Prop.string()
  code!: string;

  @Prop.string()
  message!: string;
}

export class ImportCounts implements C.ImportCounts {
  @Prop.int()
  created!: number;

  @Prop.int()
  updated!: number;

  @Prop.int()
  unchanged!: number;
}

export class ImportPreviewConference implements C.ImportPreviewConference {
  @Prop.string()
  key!: string;

  @Prop.string()
  title!: string;

  @Prop.date()
  startsOn!: string;

  @Prop.int()
  sessions!: number;

  @Prop.int()
  participants!: number;

  @Prop.enum(['created', 'updated', 'unchanged'])
  change!: 'created' | 'updated' | 'unchanged';
}

export class ImportResult implements C.ImportResult {
  @Prop.boolean()
  dryRun!: boolean;

  @Prop.boolean({ description: 'True when the rows were written (not a dry run, and no errors).' })
  applied!: boolean;

  @Prop.int()
  rows!: number;

  @Prop.object(() => ImportCounts)
  conferences!: ImportCounts;

  @Prop.object(() => ImportCounts)
  sessions!: ImportCounts;

  @Prop.object(() => ImportCounts)
  participants!: ImportCounts;

  @Prop.array(() => ImportPreviewConference)
  preview!: ImportPreviewConference[];

  @Prop.array(() => ImportRowError)
  errors!: ImportRowError[];
}

/** 422 for a history file with row errors: the error body with the whole result. */
export class ImportRejected extends ApiErrorBody {
  @Prop.object(() => ImportResult, { description: 'What was checked; `errors` lists every row error.' })
  result!: ImportResult;
}
