/** The life of a strategy version: drafted, sent out for consultation, adopted, replaced by the next. */
export const STRATEGY_STATES = ['draft', 'in-consultation', 'adopted', 'replaced'] as const;
export type StrategyState = (typeof STRATEGY_STATES)[number];

/**
 * A focus-area code inside a version: lower-case letters, digits and hyphens. The six codes of the
 * seeded strategy (FOCUS_AREA_CODES) are such codes; a later version may rename, merge or add others.
 */
export const FOCUS_AREA_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** The OpenAPI schema of a focus-area code (requests and responses). */
export const FOCUS_AREA_CODE_SCHEMA = { pattern: FOCUS_AREA_CODE_PATTERN.source, example: 'skills' };

/** One line of the version list. `adoptedAt` is null until adopted, and for old versions whose date is not recorded. */
export interface StrategyVersionSummary {
  id: string;
  title: string;
  state: StrategyState;
  adoptedAt: string | null;
}

/** One stance the association takes, in the version's order within its focus area. */
export interface StrategyPositionResponse {
  id: string;
  text: string;
}

export interface StrategyFocusAreaResponse {
  code: string;
  titleSv: string;
  titleEn: string;
  /** The area's text in the strategy (Swedish). */
  text: string;
  positions: StrategyPositionResponse[];
}

/** How an area of the previous version lives on: the codes it maps to in this version (none when retired). */
export interface FocusAreaMappingEntry {
  from: string;
  to: string[];
}

export interface StrategyVersionResponse extends StrategyVersionSummary {
  /** A short label, unique among versions: "2016", "2020", "2025". */
  version: string;
  preamble: string;
  vision: string;
  /** False for an old version whose text has not been recorded (yet): its page says so. */
  hasText: boolean;
  /** The version this one was drafted from, whose areas `mapping` starts from; null for the seeded ones. */
  basedOnId: string | null;
  /** The meeting and the decision (its agenda item) that adopted it, when adopted through a meeting. */
  adoptedMeetingId: string | null;
  adoptedDecisionId: string | null;
  focusAreas: StrategyFocusAreaResponse[];
  mapping: FocusAreaMappingEntry[];
}

export interface CreateStrategyDraftRequest {
  version: string;
  title?: string;
}

export interface StrategyPositionInput {
  /** An existing position of this area keeps its id (so later links to it survive); none for a new one. */
  id?: string;
  text: string;
}

export interface StrategyFocusAreaInput {
  code: string;
  titleSv: string;
  titleEn: string;
  text: string;
  positions: StrategyPositionInput[];
}

/** The whole text of a version: used to edit a draft and to import an old version's text. */
export interface StrategyContentRequest {
  title: string;
  preamble: string;
  vision: string;
  focusAreas: StrategyFocusAreaInput[];
}

export interface StrategyMappingRequest {
  entries: FocusAreaMappingEntry[];
}

/** A run of words in a diff: unchanged, only in the newer text (added), or only in the older (removed). */
export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface PositionDiff {
  kind: 'same' | 'changed' | 'added' | 'removed';
  words: WordChange[];
}

export interface FocusAreaDiff {
  /** The area's code in the newer version, or in the older one when it was removed. */
  code: string;
  kind: 'same' | 'changed' | 'added' | 'removed';
  title: WordChange[];
  text: WordChange[];
  positions: PositionDiff[];
}

/** `base` is the version compared against (older side), `other` the version asked for (newer side). */
export interface StrategyDiffResponse {
  baseId: string;
  otherId: string;
  title: WordChange[];
  preamble: WordChange[];
  vision: WordChange[];
  focusAreas: FocusAreaDiff[];
}
