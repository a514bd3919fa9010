import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IDENTITY_OPTIONS, User, type AuthenticatedUser, type IdentityOptions } from '@samverkan/identity/api';
import { conflict, forbidden, notFound } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import type {
  StrategyCommentResponse,
  StrategyConsultationResponse,
  StrategyVersionResponse,
  WordingDecisionRequest,
  WordingProposalResponse,
} from '@samverkan/strategy/contract';
import { FocusArea, Strategy, StrategyPosition } from '../strategy.entity';
import { loadVersion } from '../versions/strategy-versions.query';
import { StrategyComment, StrategyWordingProposal } from './consultation.entity';
import {
  consultationMails,
  isConsultationOpen,
  mayDecideWording,
  mayDeleteComment,
  sameWording,
  wordingDecisionMail,
} from './consultation-rules';

/**
 * The consultation of a strategy version: sending a draft out (the council and the committee are
 * mailed in the same transaction), comments per position, wording proposals and the committee's
 * decision on each. Every command locks the version's row and needs it in consultation
 * (409 `strategy.not-in-consultation`).
 */
@Injectable()
export class StrategyConsultationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(IDENTITY_OPTIONS) private readonly identity: Pick<IdentityOptions, 'publicUrl'>,
  ) {}

  /** Draft → in consultation, and a mail to every active council and committee member. */
  async open(id: string): Promise<StrategyVersionResponse> {
    const answer = await this.dataSource.transaction(async (manager) => {
      const strategy = await this.lock(manager, id);
      if (strategy.state !== 'draft') throw conflict('strategy.wrong-state', { context: { state: strategy.state } });
      await manager.update(Strategy, { id }, { state: 'in-consultation' });
      const recipients: { name: string; email: string }[] = await manager.query(
        `SELECT name, email FROM users WHERE active AND roles && ARRAY['programme-council', 'working-committee']::text[] ORDER BY email`,
      );
      await this.mail.enqueue(
        manager,
        consultationMails(recipients, { id, title: strategy.titleSv, version: strategy.version }, this.identity.publicUrl),
      );
      return (await loadVersion(manager, id)) as StrategyVersionResponse;
    });
    void this.mail.flush();
    return answer;
  }

  /** Everything said about a version during its consultation (also after it, to read). */
  async view(id: string): Promise<StrategyConsultationResponse> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(Strategy, { id }))) throw notFound('strategy.not-found');
    const [comments, proposals] = await Promise.all([
      manager.find(StrategyComment, { where: { strategyId: id }, relations: { author: true }, order: { createdAt: 'ASC' } }),
      manager.find(StrategyWordingProposal, { where: { strategyId: id }, relations: { proposer: true }, order: { createdAt: 'ASC' } }),
    ]);
    return { strategyId: id, comments: comments.map(toComment), wordingProposals: proposals.map(toProposal) };
  }

  async comment(id: string, positionId: string, text: string, user: AuthenticatedUser): Promise<StrategyCommentResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockOpen(manager, id);
      await this.positionOf(manager, id, positionId);
      const saved = await manager.save(manager.create(StrategyComment, { strategyId: id, positionId, authorId: user.id, text }));
      return toComment({ ...saved, author: (await manager.findOneByOrFail(User, { id: user.id })) as User });
    });
  }

  async deleteComment(id: string, commentId: string, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const strategy = await this.lock(manager, id);
      const comment = await manager.findOneBy(StrategyComment, { id: commentId, strategyId: id });
      if (!comment) throw notFound('strategy.comment-not-found');
      const verdict = mayDeleteComment(comment, user.id, strategy.state);
      if (verdict === 'closed') throw conflict('strategy.not-in-consultation', { context: { state: strategy.state } });
      if (verdict === 'not-author') throw forbidden('strategy.not-comment-author');
      await manager.delete(StrategyComment, { id: commentId });
    });
  }

  async proposeWording(id: string, positionId: string, text: string, user: AuthenticatedUser): Promise<WordingProposalResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockOpen(manager, id);
      const position = await this.positionOf(manager, id, positionId);
      if (sameWording(position.textSv, text)) throw conflict('strategy.wording-unchanged', { errors: { text: 'unchanged' } });
      const saved = await manager.save(
        manager.create(StrategyWordingProposal, { strategyId: id, positionId, proposerId: user.id, text, status: 'pending' }),
      );
      return toProposal({ ...saved, proposer: (await manager.findOneByOrFail(User, { id: user.id })) as User });
    });
  }

  /**
   * Accepts (the position's text becomes the proposal's: the one edit a version in consultation
   * allows) or rejects a pending proposal; the proposer is mailed in the same transaction.
   */
  async decideWording(
    id: string,
    proposalId: string,
    body: WordingDecisionRequest,
    user: AuthenticatedUser,
  ): Promise<WordingProposalResponse> {
    const answer = await this.dataSource.transaction(async (manager) => {
      const strategy = await this.lockOpen(manager, id);
      const proposal = await manager.findOne(StrategyWordingProposal, {
        where: { id: proposalId, strategyId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!proposal) throw notFound('strategy.wording-not-found');
      if (!mayDecideWording(proposal.status)) throw conflict('strategy.wording-decided', { context: { status: proposal.status } });
      const reason = body.decision === 'rejected' ? (body.reason ?? null) : null;
      if (body.decision === 'accepted') await manager.update(StrategyPosition, { id: proposal.positionId }, { textSv: proposal.text });
      await manager.update(
        StrategyWordingProposal,
        { id: proposalId },
        { status: body.decision, reason, decidedAt: new Date(), decidedById: user.id },
      );
      const proposer = await manager.findOneByOrFail(User, { id: proposal.proposerId });
      await this.mail.enqueue(manager, [
        wordingDecisionMail(
          proposer,
          { status: body.decision, reason, text: proposal.text },
          { id, title: strategy.titleSv },
          this.identity.publicUrl,
        ),
      ]);
      const decided = await manager.findOneOrFail(StrategyWordingProposal, { where: { id: proposalId }, relations: { proposer: true } });
      return toProposal(decided);
    });
    void this.mail.flush();
    return answer;
  }

  private async lock(manager: EntityManager, id: string): Promise<Strategy> {
    const strategy = await manager.findOne(Strategy, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!strategy) throw notFound('strategy.not-found');
    return strategy;
  }

  private async lockOpen(manager: EntityManager, id: string): Promise<Strategy> {
    const strategy = await this.lock(manager, id);
    if (!isConsultationOpen(strategy.state)) throw conflict('strategy.not-in-consultation', { context: { state: strategy.state } });
    return strategy;
  }

  /** The position, when it belongs to one of this version's focus areas (404 otherwise). */
  private async positionOf(manager: EntityManager, strategyId: string, positionId: string): Promise<StrategyPosition> {
    const position = await manager
      .createQueryBuilder(StrategyPosition, 'p')
      .innerJoin(FocusArea, 'a', 'a.id = p.focus_area_id')
      .where('p.id = :positionId AND a.strategy_id = :strategyId', { positionId, strategyId })
      .getOne();
    if (!position) throw notFound('strategy.position-not-found');
    return position;
  }
}

function toComment(c: StrategyComment): StrategyCommentResponse {
  return {
    id: c.id,
    positionId: c.positionId,
    authorId: c.authorId,
    authorName: c.author?.name ?? '',
    text: c.text,
    createdAt: c.createdAt.toISOString(),
  };
}

function toProposal(p: StrategyWordingProposal): WordingProposalResponse {
  return {
    id: p.id,
    positionId: p.positionId,
    proposerId: p.proposerId,
    proposerName: p.proposer?.name ?? '',
    text: p.text,
    status: p.status,
    reason: p.reason,
    decidedAt: p.decidedAt ? p.decidedAt.toISOString() : null,
    createdAt: p.createdAt.toISOString(),
  };
}
