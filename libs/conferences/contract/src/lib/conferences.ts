import type { OrganisationType } from '@samverkan/identity/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

export const CONFERENCE_STATUSES = ['draft', 'published', 'cancelled', 'archived'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export interface ConferenceFocusArea {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
}

export interface ThemeResponse {
  id: string;
  titleSv: string;
  titleEn: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  focusAreas: ConferenceFocusArea[];
  /** Set when the theme came from an accepted proposal; GET /api/conferences/:id/lineage tells the story. */
  sourceProposalId: string | null;
}

export interface ConferenceResponse {
  id: string;
  /**
   * The readable address: `/konferenser/<slug>` (null only for a conference made outside the API; use
   * the id then). It follows the title while a draft and stays once published.
   */
  slug: string | null;
  status: ConferenceStatus;
  titleSv: string;
  titleEn: string | null;
  descriptionSv: string | null;
  descriptionEn: string | null;
  hostOrganisationId: string | null;
  hostOrganisationName: string | null;
  venue: string | null;
  address: string | null;
  /** ISO 8601 with the Stockholm offset. */
  startsAt: string;
  endsAt: string;
  capacity: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  /** Whether registration is open right now (published, inside the window). */
  registrationOpen: boolean;
  confirmedCount: number;
  seatsLeft: number;
  focusAreas: ConferenceFocusArea[];
  themes: ThemeResponse[];
  publishedAt: string | null;
}

export interface CreateConferenceRequest {
  titleSv: string;
  titleEn?: string | null;
  descriptionSv?: string | null;
  descriptionEn?: string | null;
  hostOrganisationId?: string | null;
  venue?: string | null;
  address?: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  focusAreaCodes: FocusAreaCode[];
}

export type UpdateConferenceRequest = Partial<CreateConferenceRequest>;

export interface ConferenceStatusChangeRequest {
  status: 'cancelled' | 'archived';
}

export interface CreateThemeRequest {
  titleSv: string;
  titleEn?: string | null;
  descriptionSv?: string | null;
  descriptionEn?: string | null;
  focusAreaCodes: FocusAreaCode[];
}

export type UpdateThemeRequest = Partial<CreateThemeRequest>;

export interface ConferenceListQuery {
  /** upcoming: ends today or later; past: ended. */
  when?: 'upcoming' | 'past' | 'all';
  status?: ConferenceStatus;
}

export type { OrganisationType };

/**
 * Where a theme came from: GET /api/conferences/:id/lineage (public). The public sees only the theme
 * and the day of the decision; the programme council also the proposal and its proposer; staff also
 * the meeting. What a caller may not see is null.
 */
export interface ThemeLineageResponse {
  themeId: string;
  proposalId: string | null;
  proposalTitle: string | null;
  proposerName: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  decidedAt: string;
  /** The proposal came from a submission to an open call: who sent it (names only to readers of proposals) and when. */
  origin: ThemeOrigin | null;
}

export interface ThemeOrigin {
  submitterName: string | null;
  organisationName: string | null;
  submittedAt: string;
}
