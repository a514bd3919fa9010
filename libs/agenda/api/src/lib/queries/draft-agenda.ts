import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  AgendaCandidate,
  AgendaConflict,
  AgendaItemResponse,
  AgendaItemSpeaker,
  DraftAgendaResponse,
  RoomResponse,
} from '@samverkan/agenda/contract';
import type { Conference } from '@samverkan/conferences/api';
import { notFound } from '@samverkan/shared/api-http';
import { AgendaService } from '../agenda.service';
import { AgendaItem, AgendaVersion, Room } from '../agenda.entity';
import { toItem, toRoom } from '../agenda-views';
import { findConflicts } from '../conflicts';
import { draftItems, draftRooms, requireConference } from './draft-reads';
import { CANDIDATES_SQL } from './programme.sql';
import { speakersOfItems } from '../speakers/speaker-links';

/** What the programme editor reads: rooms, the draft with its conflicts, and the proposals it can import. */
@Injectable()
export class DraftAgendaQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
  ) {}

  async rooms(conferenceId: string): Promise<RoomResponse[]> {
    const manager = this.dataSource.manager;
    await requireConference(manager, conferenceId);
    return (await draftRooms(manager, conferenceId)).map(toRoom);
  }

  /** The draft with every item's conflicts, computed on the server. */
  async draft(conferenceId: string): Promise<DraftAgendaResponse> {
    const manager = this.dataSource.manager;
    const conference = await requireConference(manager, conferenceId);
    const [rooms, items, latest] = await Promise.all([
      draftRooms(manager, conferenceId),
      draftItems(manager, conferenceId),
      manager.getRepository(AgendaVersion).findOne({ where: { conferenceId }, order: { number: 'DESC' }, select: { number: true, id: true } }),
    ]);
    const speakers = await speakersOfItems(manager, items.map((i) => i.id));
    const conflicts = await this.conflicts(manager, conference, rooms, items, speakers);
    return {
      rooms: rooms.map(toRoom),
      items: items.map((item) => toItem(item, conflicts, speakers.get(item.id) ?? [])),
      conflicts,
      latestVersion: latest?.number ?? null,
    };
  }

  /** One draft item with its conflicts; in `manager`'s transaction when given. */
  async item(conferenceId: string, itemId: string, manager: EntityManager = this.dataSource.manager): Promise<AgendaItemResponse> {
    const conference = await requireConference(manager, conferenceId);
    // Sequential: `manager` may be a transaction's, whose one connection runs one query at a time.
    const rooms = await draftRooms(manager, conferenceId);
    const items = await draftItems(manager, conferenceId);
    const item = items.find((i) => i.id === itemId);
    if (!item) throw notFound('agenda.item-not-found');
    const speakers = await speakersOfItems(manager, items.map((i) => i.id));
    return toItem(item, await this.conflicts(manager, conference, rooms, items, speakers), speakers.get(itemId) ?? []);
  }

  /** Every conflict of the draft, the people signed up for two items that now overlap included. */
  async conflicts(
    manager: EntityManager,
    conference: Conference,
    rooms: Room[],
    items: AgendaItem[],
    speakers: ReadonlyMap<string, readonly AgendaItemSpeaker[]>,
  ): Promise<AgendaConflict[]> {
    const withSpeakers = items.map((item) => ({ ...item, speakers: [...(speakers.get(item.id) ?? [])] }));
    return findConflicts(withSpeakers, rooms, conference, await this.agenda.sharedSignupsOf(manager, conference.id));
  }

  /**
   * Accepted session proposals for this conference that are not yet on the agenda: the pile the editor
   * drags from. Importing one makes an unscheduled item linked back to its proposal.
   */
  async candidates(conferenceId: string): Promise<AgendaCandidate[]> {
    await requireConference(this.dataSource.manager, conferenceId);
    const rows: { id: string; title: string; summary: string; format: string | null; duration_minutes: number | null }[] =
      await this.dataSource.query(CANDIDATES_SQL, [conferenceId]);
    return rows.map((r) => ({ proposalId: r.id, title: r.title, summary: r.summary, format: r.format, durationMinutes: r.duration_minutes }));
  }
}
