import { PageOf, Prop } from '@samverkan/shared/api-http';
import type { ThemeLineageResponse as ThemeLineage, ThemeOrigin as ThemeOriginType } from '@samverkan/conferences/contract';
import type * as C from '@samverkan/proposals/contract';
import { DECISION_OUTCOMES, PROPOSAL_FORMATS, PROPOSAL_KINDS, PROPOSAL_STATES } from '@samverkan/proposals/contract';
import { FOCUS_AREA_CODE_SCHEMA, type FocusAreaCode } from '@samverkan/strategy/contract';

export class SuggestedSpeaker implements C.SuggestedSpeaker {
  @Prop.string()
  name!: string;

  @Prop.string({ optional: true, nullable: true })
  organisation?: string | null;

  @Prop.string({ optional: true, nullable: true })
  contact?: string | null;
}

/** Mean score per review criterion. */
export class ProposalScores implements Record<C.ReviewCriterion, number | null> {
  @Prop.number({ nullable: true })
  relevance!: number | null;

  @Prop.number({ nullable: true })
  quality!: number | null;

  @Prop.number({ nullable: true })
  feasibility!: number | null;
}

export class ProposalSummaryResponse implements C.ProposalSummaryResponse {
  @Prop.uuid()
  id!: string;

  @Prop.enum(PROPOSAL_KINDS)
  kind!: C.ProposalKind;

  @Prop.string()
  title!: string;

  @Prop.string()
  summary!: string;

  @Prop.enum(PROPOSAL_STATES)
  state!: C.ProposalState;

  @Prop.strings(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCodes!: FocusAreaCode[];

  @Prop.uuid({ nullable: true })
  targetConferenceId!: string | null;

  @Prop.string({ nullable: true })
  targetConferenceTitle!: string | null;

  @Prop.uuid()
  proposerId!: string;

  @Prop.string()
  proposerName!: string;

  @Prop.dateTime({ nullable: true })
  submittedAt!: string | null;

  @Prop.int()
  commentCount!: number;

  @Prop.int()
  reviewCount!: number;

  @Prop.object(() => ProposalScores, {
    nullable: true,
    description: 'Mean per criterion; only for those who may see scores (committee, admin, reviewers who reviewed).',
  })
  scores!: ProposalScores | null;

  @Prop.strings({
    ...FOCUS_AREA_CODE_SCHEMA,
    optional: true,
    description:
      "The list answer only: the proposal's focus areas that are short in its conference's draft programme (or the next upcoming conference's).",
  })
  gapAreaCodes?: FocusAreaCode[];
}

export class ProposalSummaryPage extends PageOf(ProposalSummaryResponse) {}

export class ProposalDecision implements C.ProposalDecision {
  @Prop.enum(DECISION_OUTCOMES)
  outcome!: C.DecisionOutcome;

  @Prop.string()
  motivation!: string;

  @Prop.dateTime()
  decidedAt!: string;

  @Prop.uuid({ nullable: true })
  decidedById!: string | null;

  @Prop.uuid({ nullable: true, description: 'The committee meeting whose minutes hold the decision.' })
  meetingId!: string | null;
}

/** What the caller may do with a proposal now. */
export class ProposalPermissions {
  @Prop.boolean()
  edit!: boolean;

  @Prop.boolean()
  submit!: boolean;

  @Prop.boolean()
  withdraw!: boolean;

  @Prop.boolean()
  review!: boolean;

  @Prop.boolean()
  decide!: boolean;
}

export class ProposalResponse extends ProposalSummaryResponse implements C.ProposalResponse {
  @Prop.string({ nullable: true })
  description!: string | null;

  @Prop.enum(PROPOSAL_FORMATS, { nullable: true })
  format!: C.ProposalFormat | null;

  @Prop.int({ nullable: true })
  durationMinutes!: number | null;

  @Prop.array(() => SuggestedSpeaker)
  speakers!: SuggestedSpeaker[];

  @Prop.dateTime()
  createdAt!: string;

  @Prop.dateTime()
  updatedAt!: string;

  @Prop.object(() => ProposalDecision, { nullable: true })
  decision!: ProposalDecision | null;

  @Prop.object(() => CallSubmissionOrigin, { nullable: true, description: "The open call's submission it was made from." })
  origin!: CallSubmissionOrigin | null;

  @Prop.object(() => ProposalPermissions)
  can!: ProposalPermissions;
}

export class CommentResponse implements C.CommentResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  authorId!: string;

  @Prop.string()
  authorName!: string;

  @Prop.string()
  body!: string;

  @Prop.dateTime()
  createdAt!: string;
}

export class ReviewResponse implements C.ReviewResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  reviewerId!: string;

  @Prop.string()
  reviewerName!: string;

  @Prop.int()
  relevance!: number;

  @Prop.int()
  quality!: number;

  @Prop.int()
  feasibility!: number;

  @Prop.string()
  text!: string;

  @Prop.dateTime()
  updatedAt!: string;
}

export class CriterionStats implements C.CriterionStats {
  @Prop.number({ nullable: true })
  mean!: number | null;

  @Prop.number({ nullable: true })
  median!: number | null;

  @Prop.int()
  count!: number;
}

/** Mean, median and count per review criterion. */
export class ReviewStats implements Record<C.ReviewCriterion, C.CriterionStats> {
  @Prop.object(() => CriterionStats)
  relevance!: CriterionStats;

  @Prop.object(() => CriterionStats)
  quality!: CriterionStats;

  @Prop.object(() => CriterionStats)
  feasibility!: CriterionStats;
}

export class ReviewsResponse implements C.ReviewsResponse {
  @Prop.object(() => ReviewResponse, { nullable: true, description: "The caller's own review, if any." })
  mine!: ReviewResponse | null;

  @Prop.array(() => ReviewResponse, {
    description: "Others' reviews: empty until the caller has reviewed (council); all for committee and admin.",
  })
  reviews!: ReviewResponse[];

  @Prop.int()
  count!: number;

  @Prop.object(() => ReviewStats, { nullable: true, description: 'Null when the caller may not see scores yet.' })
  stats!: ReviewStats | null;
}

/** Where a theme came from: GET /api/conferences/:id/lineage. */
export class ThemeLineageResponse implements ThemeLineage {
  @Prop.uuid()
  themeId!: string;

  @Prop.uuid({ nullable: true, description: 'Null for callers who may not read proposals.' })
  proposalId!: string | null;

  @Prop.string({ nullable: true, description: 'Null for callers who may not read proposals.' })
  proposalTitle!: string | null;

  @Prop.string({ nullable: true, description: 'Null for callers who may not read proposals.' })
  proposerName!: string | null;

  @Prop.uuid({ nullable: true, description: 'Null without a meeting, and for callers who do not manage meetings.' })
  meetingId!: string | null;

  @Prop.string({ nullable: true, description: 'Null without a meeting, and for callers who do not manage meetings.' })
  meetingTitle!: string | null;

  @Prop.dateTime()
  decidedAt!: string;

  @Prop.object(() => ThemeOrigin, { nullable: true, description: 'Set when the proposal came from an open call.' })
  origin!: ThemeOrigin | null;
}

export class ThemeOrigin implements ThemeOriginType {
  @Prop.string({ nullable: true, description: 'Null for callers who may not read proposals.' })
  submitterName!: string | null;

  @Prop.string({ nullable: true, description: 'Null for callers who may not read proposals.' })
  organisationName!: string | null;

  @Prop.dateTime()
  submittedAt!: string;
}

export class CallSubmissionOrigin implements C.CallSubmissionOrigin {
  @Prop.uuid()
  submissionId!: string;

  @Prop.uuid()
  callId!: string;

  @Prop.string()
  submitterName!: string;

  @Prop.string()
  organisationName!: string;

  @Prop.dateTime()
  submittedAt!: string;
}

export class FocusAreaGap implements C.FocusAreaGap {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
  focusAreaCode!: FocusAreaCode;

  @Prop.number({ description: "Share of the conference's draft programme time (0–1)." })
  share!: number;
}

/** GET /api/proposals/gaps: the focus areas a conference is short of. */
export class ProposalGapsResponse implements C.ProposalGapsResponse {
  @Prop.uuid({ nullable: true, description: 'The conference looked at; null when none was asked for and none is upcoming.' })
  conferenceId!: string | null;

  @Prop.string({ nullable: true })
  conferenceTitle!: string | null;

  @Prop.number()
  minShare!: number;

  @Prop.int()
  programmeMinutes!: number;

  @Prop.array(() => FocusAreaGap)
  shortAreas!: FocusAreaGap[];
}
