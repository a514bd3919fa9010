import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { Proposal, isDecidable } from '@samverkan/proposals/api';
import { Strategy } from '@samverkan/strategy/api';
import { audit } from '@samverkan/shared/api-audit';
import { deleteDocumentsOf } from '@samverkan/shared/api-documents';
import { badRequest, conflict, notFound, refused } from '@samverkan/shared/api-http';
import type { AddMeetingItemDto } from '../dto/meeting.dto';
import { lockDraftMeeting } from '../meeting-access';
import { MeetingItem } from '../meeting.entity';
import { isCompleteOrder, positionForNewItem } from '../meeting-rules';

/** The agenda of a meeting whose minutes are not locked: add, remove and order its items. Each returns the meeting's id. */
@Injectable()
export class MeetingAgendaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A proposal goes on the agenda for a decision once, and only while it waits for one. New items go before other business. */
  async addItem(id: string, body: AddMeetingItemDto, user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      await lockDraftMeeting(manager, id);
      const items = manager.getRepository(MeetingItem);
      let title = body.title ?? '';
      if (body.kind === 'proposal') {
        const proposal = await manager.getRepository(Proposal).findOneBy({ id: body.proposalId as string });
        if (!proposal || !isDecidable(proposal.state))
          throw refused('committee.proposal-not-submitted', { errors: { proposalId: 'notSubmitted' } });
        if (await items.existsBy({ meetingId: id, proposalId: proposal.id }))
          throw refused('committee.proposal-already-on-agenda', { errors: { proposalId: 'alreadyOnAgenda' } });
        title = `Beslut om förslag: ${proposal.title}`;
      }
      if (body.kind === 'strategy-adoption') {
        const strategy = await manager.getRepository(Strategy).findOneBy({ id: body.strategyId as string });
        if (!strategy || strategy.state !== 'in-consultation')
          throw conflict('committee.strategy-not-in-consultation', { errors: { strategyId: 'notInConsultation' } });
        if (await items.existsBy({ meetingId: id, strategyId: strategy.id }))
          throw conflict('committee.strategy-already-on-agenda', { errors: { strategyId: 'alreadyOnAgenda' } });
        title = `Beslut om att anta strategin: ${strategy.titleSv} (${strategy.version})`;
      }
      const position = positionForNewItem(await items.find({ where: { meetingId: id }, order: { position: 'ASC' } }));
      await manager.query(`UPDATE meeting_items SET position = position + 1 WHERE meeting_id = $1 AND position >= $2`, [id, position]);
      await items.insert({
        meetingId: id,
        position,
        kind: body.kind,
        title,
        proposalId: body.kind === 'proposal' ? (body.proposalId ?? null) : null,
        strategyId: body.kind === 'strategy-adoption' ? (body.strategyId ?? null) : null,
        actionItemId: null,
      });
      await audit(manager, { subjectType: 'meeting', subjectId: id, action: 'item.added', actorId: user.id, after: { title } });
    });
    return id;
  }

  /** An item with a decision stays. */
  async removeItem(id: string, itemId: string, user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      await lockDraftMeeting(manager, id);
      const item = await manager.getRepository(MeetingItem).findOneBy({ id: itemId, meetingId: id });
      if (!item) throw notFound('committee.item-not-found');
      if (item.decidedAt) throw refused('committee.decided-item-not-removable');
      await manager.getRepository(MeetingItem).delete({ id: itemId });
      await deleteDocumentsOf(manager, 'meeting-item', itemId);
      await manager.query(`UPDATE meeting_items SET position = position - 1 WHERE meeting_id = $1 AND position > $2`, [id, item.position]);
      await audit(manager, {
        subjectType: 'meeting',
        subjectId: id,
        action: 'item.removed',
        actorId: user.id,
        before: { title: item.title },
      });
    });
    return id;
  }

  /** A new order names every item of the agenda once (400 `committee.agenda-mismatch` otherwise). */
  async reorder(id: string, itemIds: string[], user: AuthenticatedUser): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      await lockDraftMeeting(manager, id);
      const items = await manager.getRepository(MeetingItem).find({ where: { meetingId: id } });
      if (
        !isCompleteOrder(
          itemIds,
          items.map((i) => i.id),
        )
      )
        throw badRequest('committee.agenda-mismatch', { errors: { itemIds: 'mismatch' } });
      await manager.query(
        `UPDATE meeting_items m SET position = v.position - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, position) WHERE m.id = v.id`,
        [itemIds],
      );
      await audit(manager, { subjectType: 'meeting', subjectId: id, action: 'reordered', actorId: user.id, after: { itemIds } });
    });
    return id;
  }
}
