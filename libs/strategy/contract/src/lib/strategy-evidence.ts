// The evidence panel of strategy drafting: what the conferences since the previous version treated. The
// route is the strategy's (served by the coverage domain, which reads the conferences).
import type { OrganisationType } from '@samverkan/identity/contract';
import type { EvidenceKind } from './strategy-citations';

/** Conferences that treated an area at least this often are suggested when no position cites it. */
export const DEFAULT_SUGGESTION_MIN_CONFERENCES = 3;

/** The evidence comes a page of conferences at a time, the most recent first: this many by default. */
export const EVIDENCE_PAGE_CONFERENCES = 10;
export const EVIDENCE_PAGE_MAX_CONFERENCES = 100;

/** GET /api/strategies/:id/evidence: one focus area (its code in that version), filters optional. */
export interface StrategyEvidenceQuery {
  focusArea: string;
  /** Calendar years (Europe/Stockholm); without them, conferences since the previous version was adopted. */
  fromYear?: number;
  toYear?: number;
  conferenceIds?: string[];
  /** Paging over the conferences that have evidence of the area, most recent first. */
  offset?: number;
  limit?: number;
}

/** One thing a conference did for the area; `{ kind, id }` is what a position cites. */
export interface EvidenceEntry {
  kind: EvidenceKind;
  id: string;
  /** Title of the theme, item, proposal or decision; a summary for participants and wishes. */
  label: string;
  conferenceId: string;
  conferenceTitle: string;
  startsOn: string;
  /** Programme minutes of an item or session; counts for participants and wishes. */
  minutes: number | null;
  count: number | null;
  /** Participants per organisation type (kind `participants` only). */
  byType: Record<OrganisationType, number> | null;
}

export interface EvidenceConference {
  id: string;
  title: string;
  startsOn: string;
}

export interface StrategyEvidenceResponse {
  strategyId: string;
  focusArea: string;
  /** The codes (of this and earlier versions) counted under the area, through the stored mappings. */
  codes: string[];
  /** The window used: the years asked for, or since the previous version was adopted (`since`). */
  since: string | null;
  fromYear: number | null;
  toYear: number | null;
  /** Every conference in the window, for the conference filter. */
  conferences: EvidenceConference[];
  /** The entries of this page's conferences (`page`), the most recent conference first. */
  entries: EvidenceEntry[];
  page: EvidencePage;
}

/** Which conferences with evidence of the area this answer holds, of how many. */
export interface EvidencePage {
  offset: number;
  limit: number;
  /** Conferences in the window with evidence of the area, and their entries (participants not counted). */
  conferences: number;
  entries: number;
  /** The offset of the next page; null on the last. */
  nextOffset: number | null;
}

/** An area that many conferences treated but no position of the version cites evidence of. */
export interface EvidenceSuggestion {
  focusArea: string;
  /** Conferences in the window with a theme or programme time in the area. */
  conferences: number;
}

export interface StrategySuggestionsResponse {
  strategyId: string;
  minConferences: number;
  suggestions: EvidenceSuggestion[];
}
