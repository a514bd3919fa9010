import { ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Conference, Theme, isStaff } from '@samverkan/conferences/api';
import { User, type AuthenticatedUser } from '@samverkan/identity/api';
import type { Page } from '@samverkan/shared/contract';
import { audit, auditTrail, type AuditEntryResponse, type AuditValue } from '@samverkan/shared/api-audit';
import { MailService } from '@samverkan/shared/api-mail';
import { FocusArea } from '@samverkan/strategy/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import {
  REVIEW_CRITERIA,
  type CommentResponse,
  type CriterionStats,
  type DecisionOutcome,
  type ProposalResponse,
  type ProposalState,
  type ProposalSummaryResponse,
  type ReviewCriterion,
  type ReviewResponse,
  type ReviewsResponse,
} from '@samverkan/proposals/contract';
import type { CreateProposalDto, ProposalQueryDto, ReviewDto, UpdateProposalDto } from './dto/proposal.dto';
import { Proposal, ProposalComment, ProposalReview } from './proposal.entity';
import { auditVisibleTo, seesOthersReviews } from './review-visibility';

/** Working committee and admin: the same people who manage conferences. */
export const isCommittee = isStaff;
const isCouncil = (u?: AuthenticatedUser) => !!u?.roles.includes('programme-council');
const isAdmin = (u?: AuthenticatedUser) => !!u?.roles.includes('admin');
export const mayUseProposals = (u?: AuthenticatedUser) => isCommittee(u) || isCouncil(u);

const EDITABLE: ProposalState[] = ['draft', 'returned'];
const REVIEWABLE: ProposalState[] = ['submitted', 'in-review'];
const DECIDABLE: ProposalState[] = ['submitted', 'in-review'];
const WITHDRAWABLE: ProposalState[] = ['draft', 'submitted', 'in-review', 'returned'];
const OUTCOME_STATE: Record<DecisionOutcome, ProposalState> = { accept: 'accepted', reject: 'rejected', return: 'returned' };

interface SummaryRow {
  id: string;
  kind: ProposalSummaryResponse['kind'];
  title: string;
  summary: string;
  state: ProposalState;
  focus_codes: FocusAreaCode[] | null;
  target_conference_id: string | null;
  target_conference_title: string | null;
  proposer_id: string;
  proposer_name: string;
  submitted_at: Date | null;
  decided: boolean;
  comment_count: number;
  review_count: number;
  reviewed_by_me: boolean;
  relevance: string | null;
  quality: string | null;
  feasibility: string | null;
}

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /**
   * The review list: proposals with focus areas, counts and mean scores in two queries (page + total),
   * whatever the page size or the number of reviews and comments.
   */
  async list(query: ProposalQueryDto, user: AuthenticatedUser): Promise<Page<ProposalSummaryResponse>> {
    const where: string[] = [`(p.state <> 'draft' OR p.proposer_id = $1${isAdmin(user) ? ' OR true' : ''})`];
    const params: unknown[] = [user.id];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.state) add('p.state = ?', query.state);
    if (query.conferenceId) add('p.target_conference_id = ?', query.conferenceId);
    if (query.proposerId) add('p.proposer_id = ?', query.proposerId);
    if (query.focusArea)
      add(
        'EXISTS (SELECT 1 FROM proposal_focus_areas pf JOIN focus_areas f ON f.id = pf.focus_area_id WHERE pf.proposal_id = p.id AND f.code = ?)',
        query.focusArea,
      );
    if (query.search) add(`(p.title || ' ' || p.summary) ILIKE ?`, `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const filter = where.join(' AND ');
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<SummaryRow[]>(
        `${summarySelect('$1')}
          WHERE ${filter}
          ORDER BY p.submitted_at DESC NULLS LAST, p.created_at DESC
          LIMIT ${limit} OFFSET ${offset}`,
        params,
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM proposals p WHERE ${filter}`, params),
    ]);
    return { items: rows.map((row) => this.toSummary(row, user)), total };
  }

  async get(id: string, user?: AuthenticatedUser): Promise<ProposalResponse> {
    const proposal = await this.findVisible(this.dataSource.manager, id, user);
    const viewer = user as AuthenticatedUser;
    const [row] = await this.dataSource.query<SummaryRow[]>(
      `${summarySelect('$2')}
        WHERE p.id = $1`,
      [id, viewer.id],
    );
    const mine = viewer.id === proposal.proposerId;
    return {
      ...this.toSummary(row, viewer),
      description: proposal.description,
      format: proposal.format,
      durationMinutes: proposal.durationMinutes,
      speakers: proposal.speakers,
      createdAt: proposal.createdAt.toISOString(),
      updatedAt: proposal.updatedAt.toISOString(),
      decision: proposal.decisionOutcome
        ? {
            outcome: proposal.decisionOutcome,
            motivation: proposal.decisionMotivation ?? '',
            decidedAt: (proposal.decidedAt as Date).toISOString(),
            decidedById: proposal.decidedById,
            meetingId: proposal.decisionMeetingId,
          }
        : null,
      can: {
        edit: mine && EDITABLE.includes(proposal.state),
        submit: mine && EDITABLE.includes(proposal.state),
        withdraw: mine && WITHDRAWABLE.includes(proposal.state),
        review: isCouncil(viewer) && !mine && REVIEWABLE.includes(proposal.state),
        decide: isCommittee(viewer) && DECIDABLE.includes(proposal.state),
      },
    };
  }

  async create(body: CreateProposalDto, user: AuthenticatedUser): Promise<ProposalResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkConference(manager, body.targetConferenceId);
      const proposal = await manager.getRepository(Proposal).save(
        manager.getRepository(Proposal).create({
          kind: body.kind,
          title: body.title,
          summary: body.summary,
          description: body.description ?? null,
          format: body.format ?? null,
          durationMinutes: body.durationMinutes ?? null,
          speakers: body.speakers ?? [],
          targetConferenceId: body.targetConferenceId ?? null,
          proposerId: user.id,
          state: 'draft',
          focusAreas: await this.focusAreas(manager, body.focusAreaCodes),
        }),
      );
      await audit(manager, {
        subjectType: 'proposal',
        subjectId: proposal.id,
        action: 'created',
        actorId: user.id,
        after: { state: 'draft', title: proposal.title },
      });
      return proposal.id;
    });
    return this.get(id, user);
  }

  async update(id: string, body: UpdateProposalDto, user: AuthenticatedUser): Promise<ProposalResponse> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(manager, id, user);
      if (!EDITABLE.includes(proposal.state))
        throw new UnprocessableEntityException('Förslaget kan bara ändras som utkast eller när det har skickats tillbaka.');
      await this.checkConference(manager, body.targetConferenceId);
      const before: AuditValue = { title: proposal.title, summary: proposal.summary };
      const { focusAreaCodes, speakers, ...fields } = body;
      Object.assign(proposal, fields);
      if (speakers)
        proposal.speakers = speakers.map((s) => ({ name: s.name, organisation: s.organisation ?? null, contact: s.contact ?? null }));
      if (focusAreaCodes) proposal.focusAreas = await this.focusAreas(manager, focusAreaCodes);
      await manager.getRepository(Proposal).save(proposal);
      await audit(manager, {
        subjectType: 'proposal',
        subjectId: id,
        action: 'edited',
        actorId: user.id,
        before,
        after: { title: proposal.title, summary: proposal.summary },
      });
    });
    return this.get(id, user);
  }

  async submit(id: string, user: AuthenticatedUser): Promise<ProposalResponse> {
    await this.transition(id, user, EDITABLE, 'submitted', 'submitted', 'Bara utkast eller återskickade förslag kan lämnas in.');
    return this.get(id, user);
  }

  async withdraw(id: string, user: AuthenticatedUser): Promise<ProposalResponse> {
    await this.transition(id, user, WITHDRAWABLE, 'withdrawn', 'withdrawn', 'Ett beslutat förslag kan inte dras tillbaka.');
    return this.get(id, user);
  }

  async comments(id: string, user?: AuthenticatedUser): Promise<CommentResponse[]> {
    await this.findVisible(this.dataSource.manager, id, user);
    const rows = await this.dataSource
      .getRepository(ProposalComment)
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.author', 'a')
      .where('c.proposalId = :id', { id })
      .orderBy('c.createdAt', 'ASC')
      .getMany();
    return rows.map((c) => ({
      id: c.id,
      authorId: c.authorId,
      authorName: c.author?.name ?? '',
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  async addComment(id: string, body: string, user: AuthenticatedUser): Promise<CommentResponse> {
    const proposal = await this.findVisible(this.dataSource.manager, id, user);
    if (proposal.state === 'draft') throw new UnprocessableEntityException('Ett utkast kan inte kommenteras ännu.');
    const saved = await this.dataSource.getRepository(ProposalComment).save({ proposalId: id, authorId: user.id, body });
    return { id: saved.id, authorId: user.id, authorName: user.name, body, createdAt: saved.createdAt.toISOString() };
  }

  /**
   * Reviews as the caller may see them: the committee sees everything with statistics; a council
   * member sees others' scores only after submitting their own.
   */
  async reviews(id: string, user?: AuthenticatedUser): Promise<ReviewsResponse> {
    const proposal = await this.findVisible(this.dataSource.manager, id, user);
    const viewer = user as AuthenticatedUser;
    const all = await this.dataSource
      .getRepository(ProposalReview)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.reviewer', 'u')
      .where('r.proposalId = :id', { id })
      .orderBy('r.createdAt', 'ASC')
      .getMany();
    const mine = all.find((r) => r.reviewerId === viewer.id) ?? null;
    const seesAll = this.seesOthersReviews(proposal, viewer, !!mine);
    return {
      mine: mine ? toReview(mine) : null,
      reviews: seesAll ? all.filter((r) => r.reviewerId !== viewer.id).map(toReview) : [],
      count: all.length,
      stats: seesAll ? statsOf(all) : null,
    };
  }

  async putReview(id: string, body: ReviewDto, user: AuthenticatedUser): Promise<ReviewsResponse> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(Proposal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!proposal || !this.visible(proposal, user)) throw new NotFoundException('Förslaget finns inte.');
      if (!isCouncil(user)) throw new ForbiddenException('Bara programrådets ledamöter granskar förslag.');
      if (proposal.proposerId === user.id) throw new ForbiddenException('Du kan inte granska ditt eget förslag.');
      if (!REVIEWABLE.includes(proposal.state))
        throw new UnprocessableEntityException('Förslaget kan inte granskas i sitt nuvarande läge.');
      const repo = manager.getRepository(ProposalReview);
      const existing = await repo.findOneBy({ proposalId: id, reviewerId: user.id });
      const scores = { relevance: body.relevance, quality: body.quality, feasibility: body.feasibility };
      if (existing) {
        await repo.update({ id: existing.id }, { ...scores, text: body.text });
        await audit(manager, {
          subjectType: 'proposal',
          subjectId: id,
          action: 'review.updated',
          actorId: user.id,
          before: { relevance: existing.relevance, quality: existing.quality, feasibility: existing.feasibility },
          after: scores,
        });
      } else {
        await repo.insert({ proposalId: id, reviewerId: user.id, ...scores, text: body.text });
        await audit(manager, { subjectType: 'proposal', subjectId: id, action: 'review.created', actorId: user.id, after: scores });
      }
      if (proposal.state === 'submitted') {
        await manager.getRepository(Proposal).update({ id }, { state: 'in-review' });
        await audit(manager, {
          subjectType: 'proposal',
          subjectId: id,
          action: 'state',
          actorId: user.id,
          before: { state: 'submitted' },
          after: { state: 'in-review' },
        });
      }
    });
    return this.reviews(id, user);
  }

  /**
   * The committee's decision, inside the caller's transaction (a meeting's minutes). Accepting a theme
   * proposal creates the theme on its target conference, linked back to the proposal.
   */
  async decide(
    manager: EntityManager,
    id: string,
    outcome: DecisionOutcome,
    motivation: string,
    actorId: string,
    meetingId: string | null,
  ): Promise<{ themeId: string | null }> {
    const proposal = await manager.getRepository(Proposal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal) throw new NotFoundException('Förslaget finns inte.');
    const proposer = await manager.getRepository(User).findOneByOrFail({ id: proposal.proposerId });
    if (!DECIDABLE.includes(proposal.state))
      throw new UnprocessableEntityException(`Förslaget "${proposal.title}" är inte inlämnat för beslut.`);
    const state = OUTCOME_STATE[outcome];
    await manager.getRepository(Proposal).update(
      { id },
      {
        state,
        decisionOutcome: outcome,
        decisionMotivation: motivation,
        decidedAt: new Date(),
        decidedById: actorId,
        decisionMeetingId: meetingId,
      },
    );
    await audit(manager, {
      subjectType: 'proposal',
      subjectId: id,
      action: 'decided',
      actorId,
      before: { state: proposal.state },
      after: { state, outcome, motivation },
    });
    let themeId: string | null = null;
    if (outcome === 'accept' && proposal.kind === 'theme' && proposal.targetConferenceId) {
      const areas = await manager.getRepository(Proposal).createQueryBuilder('p').relation('focusAreas').of(id).loadMany<FocusArea>();
      const position = await manager.getRepository(Theme).countBy({ conferenceId: proposal.targetConferenceId });
      const theme = await manager.getRepository(Theme).save(
        manager.getRepository(Theme).create({
          conferenceId: proposal.targetConferenceId,
          titleSv: proposal.title,
          titleEn: null,
          descriptionSv: proposal.summary,
          descriptionEn: null,
          position,
          sourceProposalId: id,
          focusAreas: areas,
        }),
      );
      themeId = theme.id;
    }
    const verb = { accept: 'antagits', reject: 'avslagits', return: 'skickats tillbaka för ändringar' }[outcome];
    await this.mail.enqueue(manager, [
      {
        to: proposer.email,
        subject: `Ditt förslag har ${verb}: ${proposal.title}`,
        text: `Hej ${proposer.name},\n\nArbetsutskottet har beslutat om ditt förslag "${proposal.title}": det har ${verb}.\n\nMotivering: ${motivation}\n\n— Svenska Industrikommuner`,
        subjectRef: `proposal:${id}`,
      },
    ]);
    return { themeId };
  }

  /** The proposal's audit trail, with reviews hidden by the same blind-review rule as the review list. */
  async auditLog(id: string, user?: AuthenticatedUser): Promise<AuditEntryResponse[]> {
    const proposal = await this.findVisible(this.dataSource.manager, id, user);
    const viewer = user as AuthenticatedUser;
    const reviewedByMe = await this.dataSource.getRepository(ProposalReview).existsBy({ proposalId: id, reviewerId: viewer.id });
    const trail = await auditTrail(this.dataSource.manager, 'proposal', id);
    return auditVisibleTo(trail, viewer.id, this.seesOthersReviews(proposal, viewer, reviewedByMe));
  }

  private seesOthersReviews(proposal: Proposal, viewer: AuthenticatedUser, reviewedByMe: boolean): boolean {
    return seesOthersReviews(
      { committee: isCommittee(viewer), reviewedByMe, proposer: proposal.proposerId === viewer.id },
      !!proposal.decisionOutcome,
    );
  }

  /** 404 for everyone who may not know the proposal exists: anonymous callers, others' drafts. */
  async findVisible(manager: EntityManager, id: string, user?: AuthenticatedUser): Promise<Proposal> {
    const proposal = /^[0-9a-f-]{36}$/i.test(id) ? await manager.getRepository(Proposal).findOneBy({ id }) : null;
    if (!proposal || !this.visible(proposal, user)) throw new NotFoundException('Förslaget finns inte.');
    return proposal;
  }

  private visible(proposal: Proposal, user?: AuthenticatedUser): boolean {
    if (!user || !mayUseProposals(user)) return false;
    return proposal.state !== 'draft' || proposal.proposerId === user.id || isAdmin(user);
  }

  private async lockOwn(manager: EntityManager, id: string, user: AuthenticatedUser): Promise<Proposal> {
    const proposal = await manager.getRepository(Proposal).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!proposal || !this.visible(proposal, user)) throw new NotFoundException('Förslaget finns inte.');
    if (proposal.proposerId !== user.id) throw new ForbiddenException('Bara förslagsställaren kan ändra förslaget.');
    return proposal;
  }

  private async transition(
    id: string,
    user: AuthenticatedUser,
    from: ProposalState[],
    to: ProposalState,
    action: string,
    refusal: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(manager, id, user);
      if (!from.includes(proposal.state)) throw new UnprocessableEntityException(refusal);
      await manager.getRepository(Proposal).update(
        { id },
        {
          state: to,
          ...(to === 'submitted'
            ? {
                submittedAt: new Date(),
                decisionOutcome: null,
                decisionMotivation: null,
                decidedAt: null,
                decidedById: null,
                decisionMeetingId: null,
              }
            : {}),
        },
      );
      await audit(manager, {
        subjectType: 'proposal',
        subjectId: id,
        action,
        actorId: user.id,
        before: { state: proposal.state },
        after: { state: to },
      });
    });
  }

  private async checkConference(manager: EntityManager, conferenceId: string | null | undefined): Promise<void> {
    if (conferenceId && !(await manager.getRepository(Conference).existsBy({ id: conferenceId }))) {
      throw new UnprocessableEntityException({ message: 'Konferensen finns inte.', errors: { targetConferenceId: 'unknown' } });
    }
  }

  private async focusAreas(manager: EntityManager, codes: FocusAreaCode[]): Promise<FocusArea[]> {
    const areas = await manager
      .getRepository(FocusArea)
      .createQueryBuilder('f')
      .innerJoin('f.strategy', 's', 's.current')
      .where({ code: In(codes) })
      .getMany();
    if (areas.length !== new Set(codes).size)
      throw new UnprocessableEntityException({ message: 'Okänt fokusområde.', errors: { focusAreaCodes: 'unknown' } });
    return areas;
  }

  private toSummary(row: SummaryRow, user: AuthenticatedUser): ProposalSummaryResponse {
    const seesScores = seesOthersReviews(
      { committee: isCommittee(user), reviewedByMe: row.reviewed_by_me, proposer: row.proposer_id === user.id },
      row.decided,
    );
    const mean = (v: string | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      state: row.state,
      focusAreaCodes: row.focus_codes ?? [],
      targetConferenceId: row.target_conference_id,
      targetConferenceTitle: row.target_conference_title,
      proposerId: row.proposer_id,
      proposerName: row.proposer_name,
      submittedAt: row.submitted_at ? row.submitted_at.toISOString() : null,
      commentCount: row.comment_count,
      reviewCount: row.review_count,
      scores: seesScores ? { relevance: mean(row.relevance), quality: mean(row.quality), feasibility: mean(row.feasibility) } : null,
    };
  }
}

/**
 * The proposal summary columns with focus areas, comment count and review aggregates, for the list and
 * the detail page alike; `viewerParam` is the placeholder holding the caller's user id.
 */
function summarySelect(viewerParam: string): string {
  return `SELECT p.id, p.kind, p.title, p.summary, p.state, p.target_conference_id, c.title_sv AS target_conference_title,
                p.proposer_id, u.name AS proposer_name, p.submitted_at, p.decision_outcome IS NOT NULL AS decided,
                (SELECT array_agg(f.code ORDER BY f.position) FROM proposal_focus_areas pf JOIN focus_areas f ON f.id = pf.focus_area_id WHERE pf.proposal_id = p.id) AS focus_codes,
                (SELECT count(*)::int FROM proposal_comments pc WHERE pc.proposal_id = p.id) AS comment_count,
                r.review_count, r.reviewed_by_me, r.relevance, r.quality, r.feasibility
           FROM proposals p
           JOIN users u ON u.id = p.proposer_id
           LEFT JOIN conferences c ON c.id = p.target_conference_id
           CROSS JOIN LATERAL (
             SELECT count(*)::int AS review_count, bool_or(pr.reviewer_id = ${viewerParam}) IS TRUE AS reviewed_by_me,
                    avg(pr.relevance) AS relevance, avg(pr.quality) AS quality, avg(pr.feasibility) AS feasibility
               FROM proposal_reviews pr WHERE pr.proposal_id = p.id) r`;
}

function toReview(r: ProposalReview): ReviewResponse {
  return {
    id: r.id,
    reviewerId: r.reviewerId,
    reviewerName: r.reviewer?.name ?? '',
    relevance: r.relevance,
    quality: r.quality,
    feasibility: r.feasibility,
    text: r.text,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function statsOf(reviews: Pick<ProposalReview, ReviewCriterion>[]): Record<ReviewCriterion, CriterionStats> {
  const result = {} as Record<ReviewCriterion, CriterionStats>;
  for (const criterion of REVIEW_CRITERIA) {
    const values = reviews.map((r) => r[criterion]);
    result[criterion] = {
      mean: values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null,
      median: median(values),
      count: values.length,
    };
  }
  return result;
}
