import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  MemberContribution,
  MemberEngagementResponse,
  MemberEngagementSummary,
  MemberFocusArea,
  ParticipantType,
} from '@samverkan/coverage/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { findCurrentFocusAreas } from '@samverkan/strategy/api';
import { notFound } from '@samverkan/shared/api-http';
import { stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';
import { anonymousCount, countAttendedAreas, isInactive, lastSeen, MemberMatcher } from './engagement-rules';
import {
  CONFERENCE_AREAS_SQL,
  EVALUATION_COUNTS_SQL,
  MEMBERS_SQL,
  PARTICIPANTS_SQL,
  PROPOSALS_SQL,
  SUBMISSIONS_SQL,
  type EvaluationCountRow,
  type MemberRow,
  type ParticipantRow,
  type ProposalRow,
  type SubmissionRow,
} from './engagement.sql';

/** Everything known of one member, before it is summed up. */
interface MemberData {
  member: MemberRow;
  participants: ParticipantRow[];
  proposals: ProposalRow[];
  submissions: SubmissionRow[];
  evaluationAnswers: number;
}

interface Loaded {
  members: MemberData[];
  conferenceAreas: Map<string, string[]>;
}

/**
 * Members' engagement (medlemsnytta): per member organisation the people sent to each conference,
 * the focus areas they attended, proposals and open-call submissions, and evaluation answers as an
 * anonymous count. Six queries whatever the number of members (rules: engagement-rules.ts).
 */
@Injectable()
export class EngagementService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every member organisation with its figures, by name. */
  async members(today = stockholmDate(new Date())): Promise<MemberEngagementSummary[]> {
    const { members } = await this.load(null);
    return members.map((data) => summary(data, today));
  }

  /** Members with nobody at a conference held in the last two years (up to today), longest unseen first. */
  async inactive(today = stockholmDate(new Date())): Promise<MemberEngagementSummary[]> {
    return (await this.members(today))
      .filter((member) => isInactive(member.lastSeenOn, today))
      .sort((a, b) => (a.lastSeenOn ?? '').localeCompare(b.lastSeenOn ?? '') || a.name.localeCompare(b.name, 'sv'));
  }

  /** One member in detail; names of participants only when `withNames` (the caller may manage registrations). */
  async member(organisationId: string, withNames: boolean, today = stockholmDate(new Date())): Promise<MemberEngagementResponse> {
    const [{ members, conferenceAreas }, areas] = await Promise.all([
      this.load(organisationId),
      findCurrentFocusAreas(this.dataSource.manager),
    ]);
    if (!members[0]) throw notFound('engagement.member-not-found');
    return detail(members[0], conferenceAreas, areas, withNames, today);
  }

  /** Every member in detail, without names: what the exports are made of. Seven queries. */
  async everyMember(today = stockholmDate(new Date())): Promise<MemberEngagementResponse[]> {
    const [{ members, conferenceAreas }, areas] = await Promise.all([this.load(null), findCurrentFocusAreas(this.dataSource.manager)]);
    return members.map((data) => detail(data, conferenceAreas, areas, false, today));
  }

  private async load(organisationId: string | null): Promise<Loaded> {
    const q = <T>(sql: string, params: unknown[] = []) => this.dataSource.query<T[]>(sql, params);
    const [memberRows, participants, areaRows, proposals, submissions, evaluations] = await Promise.all([
      q<MemberRow>(MEMBERS_SQL, [organisationId]),
      q<ParticipantRow>(PARTICIPANTS_SQL, [organisationId]),
      q<{ conference_id: string; codes: string[] }>(CONFERENCE_AREAS_SQL),
      q<ProposalRow>(PROPOSALS_SQL, [organisationId]),
      q<SubmissionRow>(SUBMISSIONS_SQL),
      q<EvaluationCountRow>(EVALUATION_COUNTS_SQL, [organisationId]),
    ]);
    const matcher = new MemberMatcher(memberRows);
    const byId = new Map<string, MemberData>(
      memberRows.map((member) => [member.id, { member, participants: [], proposals: [], submissions: [], evaluationAnswers: 0 }]),
    );
    const find = (id: string | null, name: string | null) => {
      const matched = matcher.match(id, name);
      return matched ? byId.get(matched) : undefined;
    };
    for (const row of participants) find(row.organisation_id, row.organisation_name)?.participants.push(row);
    for (const row of proposals) find(row.organisation_id, null)?.proposals.push(row);
    for (const row of submissions) find(null, row.organisation_name)?.submissions.push(row);
    for (const row of evaluations) {
      const data = find(row.organisation_id, row.organisation_name);
      if (data) data.evaluationAnswers += row.n;
    }
    return {
      members: [...byId.values()],
      conferenceAreas: new Map(areaRows.map((row) => [row.conference_id, row.codes])),
    };
  }
}

function summary(data: MemberData, today: string): MemberEngagementSummary {
  const dates = new Map(data.participants.map((row) => [row.conference_id, row.starts_on]));
  return {
    organisationId: data.member.id,
    name: data.member.name,
    type: data.member.type as ParticipantType,
    conferences: dates.size,
    participants: data.participants.length,
    lastSeenOn: lastSeen([...dates.values()], today),
    proposals: data.proposals.length,
    callSubmissions: data.submissions.length,
    evaluationAnswers: anonymousCount(data.evaluationAnswers),
  };
}

type AreaTitles = ReadonlyArray<{ code: string; titleSv: string; titleEn: string }>;

function detail(
  data: MemberData,
  conferenceAreas: Map<string, string[]>,
  areas: AreaTitles,
  withNames: boolean,
  today: string,
): MemberEngagementResponse {
  const byConference = new Map<string, ParticipantRow[]>();
  for (const row of data.participants) byConference.set(row.conference_id, [...(byConference.get(row.conference_id) ?? []), row]);
  const perConference = [...byConference.values()].map((rows) => ({
    conferenceId: rows[0].conference_id,
    title: rows[0].title,
    startsOn: rows[0].starts_on,
    participants: rows.length,
    names: withNames ? rows.filter((r) => !r.anonymised).map((r) => `${r.first_name} ${r.last_name}`) : null,
  }));

  const counts = countAttendedAreas(
    data.participants.map((row) => ({ sessionAreas: row.session_codes, conferenceAreas: conferenceAreas.get(row.conference_id) ?? [] })),
  );
  const focusAreas: MemberFocusArea[] = areas.map((area) => ({
    code: area.code as FocusAreaCode,
    titleSv: area.titleSv,
    titleEn: area.titleEn,
    participants: counts.get(area.code) ?? 0,
  }));

  const contributions: MemberContribution[] = [
    ...data.proposals.map((p) => ({
      kind: 'proposal' as const,
      id: p.id,
      title: p.title,
      state: p.state,
      createdAt: toStockholmIso(p.created_at),
    })),
    ...data.submissions.map((s) => ({
      kind: 'call-submission' as const,
      id: s.id,
      title: s.title,
      state: s.state,
      createdAt: toStockholmIso(s.created_at),
    })),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return { ...summary(data, today), perConference, focusAreas, contributions };
}
