// Request and response types of the coverage domain: plain TypeScript, shared by api and web.
import type { FocusAreaCode } from '@samverkan/strategy/contract';

export const COVERAGE_URL = '/api/reports/focus-area-coverage';
export const COVERAGE_IMPORT_URL = `${COVERAGE_URL}/history-import`;

/** Where a conference's figures come from: the app's own data, or a history import. */
export const COVERAGE_SOURCES = ['live', 'imported'] as const;
export type CoverageSource = (typeof COVERAGE_SOURCES)[number];

/** Organisation types as in identity/contract, repeated so the contract depends only on strategy. */
export const PARTICIPANT_TYPES = ['municipality', 'business', 'region', 'state-agency', 'other'] as const;
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

/** The share rule and its threshold are the agenda's (one source for the editor, proposals and this report). */
export { DEFAULT_MIN_SHARE } from '@samverkan/agenda/contract';
export const DEFAULT_LAST_N = 3;

/** GET /api/reports/focus-area-coverage (and its exports): every filter is optional. */
export interface CoverageQuery {
  /** First and last calendar year (Europe/Stockholm) of the conferences included. */
  fromYear?: number;
  toYear?: number;
  /** Only these conferences (ids of live or imported conferences). */
  conferenceIds?: string[];
  /** A focus area below this share of programme time over the last N conferences is a gap (0–1). */
  minShare?: number;
  /** How many of the most recent conferences the gap rules look at. */
  lastN?: number;
}

export interface CoverageConference {
  id: string;
  source: CoverageSource;
  title: string;
  startsOn: string;
  year: number;
  status: string;
  /** Minutes of programme time (timed items other than breaks, meals and networking). */
  programmeMinutes: number;
  participants: number;
}

/** The figures of one focus area, for one conference, one year or the whole selection. */
export interface CoverageFigures {
  themes: number;
  items: number;
  minutes: number;
  /** minutes / programme minutes of the same conferences (0–1); an item with two areas counts for both. */
  share: number;
  proposalsSubmitted: number;
  proposalsAccepted: number;
  signups: number;
  /** Evaluation answers that wished for more of this focus area (live conferences only). */
  evaluationWishes: number;
}

export interface CoverageCell extends CoverageFigures {
  focusAreaCode: FocusAreaCode;
  conferenceId: string;
}

export interface CoverageYearCell extends CoverageFigures {
  focusAreaCode: FocusAreaCode;
  year: number;
}

export interface CoverageFocusArea {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
  totals: CoverageFigures;
}

export interface ParticipantMix {
  conferenceId: string;
  counts: Record<ParticipantType, number>;
  total: number;
}

export type CoverageGapKind = 'low-share' | 'absent';

export interface CoverageGap {
  focusAreaCode: FocusAreaCode;
  kind: CoverageGapKind;
  /** Share of programme time over the conferences looked at. */
  share: number;
  /** Ids of the conferences the rule looked at (the last N of the selection), newest first. */
  conferenceIds: string[];
}

export type CoverageSuggestionKind = 'give-room' | 'bring-back' | 'use-accepted-proposals' | 'invite-participants';

/** A suggestion for the next conference; the web app words it (Swedish and English) from these facts. */
export interface CoverageSuggestion {
  kind: CoverageSuggestionKind;
  focusAreaCode?: FocusAreaCode;
  participantType?: ParticipantType;
  share?: number;
  count?: number;
}

export interface CoverageReport {
  query: Required<Pick<CoverageQuery, 'minShare' | 'lastN'>> & Omit<CoverageQuery, 'minShare' | 'lastN'>;
  focusAreas: CoverageFocusArea[];
  /** Oldest first. */
  conferences: CoverageConference[];
  years: number[];
  /** One cell per focus area × conference (zeros included). */
  cells: CoverageCell[];
  /** One cell per focus area × year (zeros included). */
  byYear: CoverageYearCell[];
  participantMix: ParticipantMix[];
  gaps: CoverageGap[];
  suggestions: CoverageSuggestion[];
}

export type CoverageItemKind = 'theme' | 'agenda-item' | 'proposal' | 'session';

/** GET …/items: what lies behind a number of one focus area (and optionally one conference). */
export interface CoverageItemsQuery extends Pick<CoverageQuery, 'fromYear' | 'toYear' | 'conferenceIds'> {
  focusArea: FocusAreaCode;
  conferenceId?: string;
}

export interface CoverageItem {
  kind: CoverageItemKind;
  id: string;
  conferenceId: string;
  conferenceTitle: string;
  title: string;
  /** Agenda items and sessions: minutes of programme time; proposals: their state. */
  minutes: number | null;
  state: string | null;
  signups: number;
  /** In-app link (live data only). */
  link: string | null;
}

// --- History import ---------------------------------------------------------------------------

export const IMPORT_RECORD_TYPES = ['conference', 'session', 'participants'] as const;
export type ImportRecordType = (typeof IMPORT_RECORD_TYPES)[number];

/** Session formats of an imported programme; `theme` rows are conference themes, the rest programme items. */
export const IMPORT_SESSION_FORMATS = ['theme', 'keynote', 'panel', 'seminar', 'workshop', 'study-visit', 'other'] as const;
export type ImportSessionFormat = (typeof IMPORT_SESSION_FORMATS)[number];

/** The columns of a history file, in this order in the example (docs/import/history-format.md). */
export const IMPORT_COLUMNS = [
  'record',
  'conference',
  'title',
  'starts_on',
  'ends_on',
  'venue',
  'format',
  'minutes',
  'focus_areas',
  'signups',
  'organisation_type',
  'count',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export interface ImportRowError {
  /** Line in the file (1 = the header), or row number in the sheet. */
  line: number;
  column: ImportColumn | null;
  code: string;
  message: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportPreviewConference {
  key: string;
  title: string;
  startsOn: string;
  sessions: number;
  participants: number;
  change: 'created' | 'updated' | 'unchanged';
}

export interface ImportResult {
  dryRun: boolean;
  /** True when the rows were written (not a dry run, and no errors). */
  applied: boolean;
  rows: number;
  conferences: ImportCounts;
  sessions: ImportCounts;
  participants: ImportCounts;
  preview: ImportPreviewConference[];
  errors: ImportRowError[];
}
