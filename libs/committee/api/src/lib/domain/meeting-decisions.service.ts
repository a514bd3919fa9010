import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { ProposalDecisionsService } from '@samverkan/proposals/api';
import { audit } from '@samverkan/shared/api-audit';
import { badRequest, conflict, notFound, refused } from '@samverkan/shared/api-http';
import { MailService } from '@samverkan/shared/api-mail';
import { findCurrentFocusAreas, StrategyDraftingService } from '@samverkan/strategy/api';
import type { NewActionItemDto, RecordDecisionDto } from '../dto/meeting.dto';
import { checkPeople, lockDraftMeeting } from '../meeting-access';
import { ActionItem, MeetingItem } from '../meeting.entity';

/** Decisions in the minutes, until they are locked. Returns the meeting's id. */
@Injectable()
export class MeetingDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalDecisionsService,
    private readonly strategies: StrategyDraftingService,
    private readonly mail: MailService,
  ) {}

  /**
   * - a proposal item needs an outcome and reasons, is decided once per meeting, and decides the
   *   proposal in the same transaction (`ProposalDecisionsService`);
   * - a strategy-adoption item needs an outcome, is decided once, and an accepted one adopts the
   *   strategy version in the same transaction (`StrategyDraftingService.adopt` with this meeting and
   *   item): if adopting is refused, nothing of the decision is written;
   * - other items take a decision text and no outcome;
   * - any decision may create action items, which come back on later agendas until closed.
   */
  async decide(id: string, itemId: string, body: RecordDecisionDto, user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      await lockDraftMeeting(manager, id);
      const item = await manager.getRepository(MeetingItem).findOneBy({ id: itemId, meetingId: id });
      if (!item) throw notFound('committee.item-not-found');
      if (item.proposalId) {
        if (!body.outcome || !body.motivation) {
          const missing = { ...(body.outcome ? {} : { outcome: 'required' }), ...(body.motivation ? {} : { motivation: 'required' }) };
          throw badRequest('committee.decision-incomplete', { errors: missing });
        }
        if (item.outcome) throw refused('committee.proposal-already-decided');
        await this.proposals.decide(manager, item.proposalId, {
          outcome: body.outcome,
          motivation: body.motivation,
          actorId: user.id,
          meetingId: id,
        });
      } else if (item.strategyId) {
        if (!body.outcome) throw badRequest('committee.decision-incomplete', { errors: { outcome: 'required' } });
        if (item.outcome) throw conflict('committee.strategy-already-decided');
        if (body.outcome === 'accept') await this.strategies.adopt(item.strategyId, { meetingId: id, decisionId: itemId }, manager);
      } else if (body.outcome) {
        throw badRequest('committee.outcome-only-for-proposals', { errors: { outcome: 'notAProposal' } });
      }
      await manager.getRepository(MeetingItem).update(
        { id: itemId },
        {
          decisionText: body.decisionText ?? item.decisionText,
          outcome: body.outcome ?? item.outcome,
          motivation: body.motivation ?? item.motivation,
          decidedAt: new Date(),
        },
      );
      if (body.actionItems?.length) await this.addActionItems(manager, id, itemId, body.actionItems);
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'decision',
        actorId: user.id,
        before: { decisionText: item.decisionText, outcome: item.outcome },
        after: { item: item.title, decisionText: body.decisionText ?? null, outcome: body.outcome ?? null },
      });
    });
    void this.mail.flush();
    return id;
  }

  /** Owners must exist; a focus area is one of the current strategy's (else none). */
  private async addActionItems(manager: EntityManager, meetingId: string, itemId: string, actions: NewActionItemDto[]): Promise<void> {
    await checkPeople(
      manager,
      actions.map((a) => a.ownerId),
    );
    const areas = await findCurrentFocusAreas(
      manager,
      actions.map((a) => a.focusAreaCode).filter((code): code is NonNullable<typeof code> => !!code),
    );
    await manager.getRepository(ActionItem).insert(
      actions.map((a) => ({
        title: a.title,
        ownerId: a.ownerId,
        dueDate: a.dueDate ?? null,
        focusAreaId: areas.find((f) => f.code === a.focusAreaCode)?.id ?? null,
        status: 'open' as const,
        sourceItemId: itemId,
        meetingId,
      })),
    );
  }
}
