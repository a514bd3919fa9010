import type { FocusAreaCode } from '@samverkan/strategy/contract';
import type { ParticipantType } from './coverage';

/** Members' engagement (medlemsnytta) and the annual summary for the årsmöte: committee and admin (`engagement.view`). */
export const ENGAGEMENT_URL = '/api/engagement';
export const ANNUAL_SUMMARY_URL = '/api/annual-summary';

/**
 * Evaluation answers are shown per organisation only as counts, and a count from 1 up to this
 * threshold minus one is hidden (`null`, shown as "<3"): so few answers could point at a person.
 */
export const ANONYMITY_THRESHOLD = 3;

/** A member that has sent nobody to a conference held in this many years (up to today, Stockholm time) is inactive. */
export const INACTIVE_AFTER_YEARS = 2;

/** The earliest year an annual summary can be made for; the latest is the current year. */
export const FIRST_SUMMARY_YEAR = 2000;

/** One member organisation's figures over all conferences in Samverkan. */
export interface MemberEngagementSummary {
  organisationId: string;
  name: string;
  type: ParticipantType;
  /** Conferences (not cancelled) the organisation had at least one confirmed participant at. */
  conferences: number;
  /** Confirmed registrations, summed over those conferences. */
  participants: number;
  /** The first day (Stockholm) of the latest such conference up to today; null when none. */
  lastSeenOn: string | null;
  /** Proposals submitted by people of the organisation (drafts and proposals made from open-call submissions left out). */
  proposals: number;
  /** Confirmed open-call submissions whose organisation name matches the organisation's (normalised). */
  callSubmissions: number;
  /** Evaluation answers by its participants: null when 1 to ANONYMITY_THRESHOLD − 1 (too few to show). */
  evaluationAnswers: number | null;
}

export interface MemberConferenceEngagement {
  conferenceId: string;
  title: string;
  startsOn: string;
  participants: number;
  /** Participants' names (anonymised registrations left out): only for callers with `registrations.manage`, otherwise null. */
  names: string[] | null;
}

export interface MemberFocusArea {
  code: FocusAreaCode;
  titleSv: string;
  titleEn: string;
  /** Participants (registrations) who attended the area, by the rule in docs/architecture.md "Members' engagement". */
  participants: number;
}

export type MemberContributionKind = 'proposal' | 'call-submission';

export interface MemberContribution {
  kind: MemberContributionKind;
  id: string;
  title: string;
  /** The proposal's state, or the submission's decision (`accepted`, `declined`, `open`). */
  state: string;
  createdAt: string;
}

export interface MemberEngagementResponse extends MemberEngagementSummary {
  perConference: MemberConferenceEngagement[];
  focusAreas: MemberFocusArea[];
  contributions: MemberContribution[];
}
