import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AgendaItemResponse } from '@samverkan/agenda/contract';
import { lockSeats, Theme } from '@samverkan/conferences/api';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { Proposal } from '@samverkan/proposals/api';
import { audit } from '@samverkan/shared/api-audit';
import { deleteDocumentsOf } from '@samverkan/shared/api-documents';
import { conflict, notFound, refused } from '@samverkan/shared/api-http';
import { FocusArea, resolveCurrentFocusAreas } from '@samverkan/strategy/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { AgendaItem, Room } from './agenda.entity';
import { auditedPlace } from './agenda-views';
import type { AgendaItemDto, UpdateAgendaItemDto } from './dto/agenda.dto';
import { applyItemEdit, itemErrors, itemFromProposal, newItemFields } from './item-rules';
import { DraftAgendaQueries } from './queries/draft-agenda';
import { requireConference } from './queries/draft-reads';
import { setItemSpeakers, speakersForNames } from './speakers/speaker-links';

/** The draft programme's items: made, edited, removed, or imported from accepted proposals. Each change is audited. */
@Injectable()
export class AgendaItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DraftAgendaQueries,
  ) {}

  async create(conferenceId: string, body: AgendaItemDto, user: AuthenticatedUser): Promise<AgendaItemResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      await requireConference(manager, conferenceId);
      await refuseForeignRefs(manager, conferenceId, body);
      const item = manager.getRepository(AgendaItem).create({
        ...newItemFields(conferenceId, body),
        focusAreas: await focusAreasOf(manager, body.focusAreaCodes, body.themeId ?? null),
      });
      refuseInconsistent(item);
      const saved = await manager.getRepository(AgendaItem).save(item);
      await setItemSpeakers(manager, saved.id, body.speakerIds ?? []);
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: saved.id,
        action: 'created',
        actorId: user.id,
        after: { title: saved.titleSv },
      });
      return saved.id;
    });
    return this.drafts.item(conferenceId, id);
  }

  /**
   * No lost updates: the edit names the version it is based on; a stale version gets 409 with the
   * current item (`current`) so the editor can show both and let the person choose.
   */
  async update(itemId: string, body: UpdateAgendaItemDto, user: AuthenticatedUser): Promise<AgendaItemResponse> {
    const conferenceId = await this.dataSource.transaction(async (manager) => {
      // The places taken, checked against a new capacity, are final only once the sign-ups in flight are in.
      if (body.signupCapacity !== undefined || body.signupRequired !== undefined) await lockSeats(manager, itemId, 'exclusive', 'session');
      const item = await manager
        .getRepository(AgendaItem)
        .findOne({ where: { id: itemId }, relations: { focusAreas: true }, lock: { mode: 'pessimistic_write', tables: ['agenda_items'] } });
      if (!item) throw notFound('agenda.item-not-found');
      if (item.version !== body.version) {
        const current = await this.drafts.item(item.conferenceId, itemId, manager);
        throw conflict('agenda.stale-edit', { errors: { version: 'stale' }, context: { current } });
      }
      await refuseForeignRefs(manager, item.conferenceId, body);
      const before = auditedPlace(item);
      applyItemEdit(item, body);
      if (body.focusAreaCodes || body.themeId !== undefined)
        item.focusAreas = await focusAreasOf(manager, body.focusAreaCodes, item.themeId, item.focusAreas);
      refuseInconsistent(item);
      // The speakers live in their own table: touching the row raises the version all the same.
      if (body.speakerIds) item.updatedAt = new Date();
      await manager.getRepository(AgendaItem).save(item);
      if (body.speakerIds) await setItemSpeakers(manager, itemId, body.speakerIds);
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: itemId,
        action: 'edited',
        actorId: user.id,
        before,
        after: auditedPlace(item),
      });
      return item.conferenceId;
    });
    return this.drafts.item(conferenceId, itemId);
  }

  async remove(itemId: string, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.getRepository(AgendaItem).findOneBy({ id: itemId });
      if (!item) throw notFound('agenda.item-not-found');
      await manager.getRepository(AgendaItem).delete({ id: itemId });
      await deleteDocumentsOf(manager, 'agenda-item', itemId);
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: itemId,
        action: 'removed',
        actorId: user.id,
        before: { title: item.titleSv },
      });
    });
  }

  /** An accepted session proposal of this conference becomes an unscheduled item, once. */
  async importCandidate(conferenceId: string, proposalId: string, user: AuthenticatedUser): Promise<AgendaItemResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(Proposal).findOne({
        where: { id: proposalId, targetConferenceId: conferenceId, kind: 'session', state: 'accepted' },
        relations: { focusAreas: true },
      });
      if (!proposal) throw notFound('agenda.not-a-candidate');
      if (await manager.getRepository(AgendaItem).existsBy({ sourceProposalId: proposalId }))
        throw conflict('agenda.already-imported', { errors: { proposalId: 'alreadyImported' } });
      const items = manager.getRepository(AgendaItem);
      const item = await items.save(items.create({ ...itemFromProposal(conferenceId, proposal), focusAreas: proposal.focusAreas ?? [] }));
      await setItemSpeakers(manager, item.id, await speakersForNames(manager, proposal.speakers));
      await audit(manager, { subjectType: 'agenda-item', subjectId: item.id, action: 'imported', actorId: user.id, after: { proposalId } });
      return item.id;
    });
    return this.drafts.item(conferenceId, id);
  }
}

/** A room or theme named by an item belongs to the item's conference. */
async function refuseForeignRefs(manager: EntityManager, conferenceId: string, body: Partial<AgendaItemDto>): Promise<void> {
  if (body.roomId && !(await manager.getRepository(Room).existsBy({ id: body.roomId, conferenceId })))
    throw refused('agenda.unknown-room', { errors: { roomId: 'unknown' } });
  if (body.themeId && !(await manager.getRepository(Theme).existsBy({ id: body.themeId, conferenceId })))
    throw refused('agenda.unknown-theme', { errors: { themeId: 'unknown' } });
}

function refuseInconsistent(item: AgendaItem): void {
  const errors = itemErrors(item);
  if (errors) throw refused('agenda.inconsistent-item', { errors });
}

/** An item's focus areas: the codes given (of the current strategy), else its theme's, else the ones it has. */
async function focusAreasOf(
  manager: EntityManager,
  codes: FocusAreaCode[] | undefined,
  themeId: string | null,
  current: FocusArea[] = [],
): Promise<FocusArea[]> {
  if (codes) return resolveCurrentFocusAreas(manager, codes);
  if (!themeId) return current;
  const theme = await manager.getRepository(Theme).findOne({ where: { id: themeId }, relations: { focusAreas: true } });
  return theme?.focusAreas ?? current;
}
