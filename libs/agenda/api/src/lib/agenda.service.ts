import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type {
  SignupCountsResponse,
  AgendaCandidate,
  AgendaConflict,
  PublishResult,
  PublishedItemResponse,
  AgendaItemResponse,
  ChangelogEntry,
  DraftAgendaResponse,
  ProgrammeChange,
  ProgrammeItem,
  ProgrammeResponse,
  RoomResponse,
} from '@samverkan/agenda/contract';
import { Conference, ConferencesService, Theme, isStaff } from '@samverkan/conferences/api';
import { Proposal } from '@samverkan/proposals/api';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { RepresentationCache, representation, type Representation } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { FocusArea } from '@samverkan/strategy/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { AgendaItem, AgendaVersion, Room } from './agenda.entity';
import { findConflicts } from './conflicts';
import { sameProgramme } from './same-programme';
import type { AgendaItemDto, RoomDto, UpdateAgendaItemDto, UpdateRoomDto } from './dto/agenda.dto';

/**
 * Later domains (registrations) tell the agenda which sessions share sign-ups, for the overlap warning,
 * without the agenda importing them.
 */
export type SharedSignupsProvider = (manager: EntityManager, conferenceId: string) => Promise<Array<[string, string]>>;

/** Runs inside the publish transaction, e.g. to mail people signed up for a session that changed. */
export type PublishListener = (manager: EntityManager, conferenceId: string, version: number, changes: ProgrammeChange[]) => Promise<void>;

@Injectable()
export class AgendaService {
  private sharedSignups: SharedSignupsProvider = async () => [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conferences: ConferencesService,
  ) {}

  private readonly publishListeners: PublishListener[] = [];
  /** Immutable published versions as JSON text, by `conferenceId:number`. */
  private readonly programmeCache = new RepresentationCache();

  useSharedSignups(provider: SharedSignupsProvider): void {
    this.sharedSignups = provider;
  }

  onPublished(listener: PublishListener): void {
    this.publishListeners.push(listener);
  }

  // Rooms ------------------------------------------------------------------------------------------

  async rooms(conferenceId: string): Promise<RoomResponse[]> {
    await this.requireConference(this.dataSource.manager, conferenceId);
    return (await this.dataSource.getRepository(Room).find({ where: { conferenceId }, order: { position: 'ASC', name: 'ASC' } })).map(
      toRoom,
    );
  }

  async addRoom(conferenceId: string, body: RoomDto): Promise<RoomResponse> {
    await this.requireConference(this.dataSource.manager, conferenceId);
    const position = await this.dataSource.getRepository(Room).countBy({ conferenceId });
    const room = await this.dataSource
      .getRepository(Room)
      .save({ conferenceId, name: body.name, capacity: body.capacity, accessibilityNotes: body.accessibilityNotes ?? null, position });
    return toRoom(room);
  }

  async updateRoom(conferenceId: string, roomId: string, body: UpdateRoomDto): Promise<RoomResponse> {
    const repo = this.dataSource.getRepository(Room);
    const room = await repo.findOneBy({ id: roomId, conferenceId });
    if (!room) throw new NotFoundException('Lokalen finns inte.');
    Object.assign(room, body);
    return toRoom(await repo.save(room));
  }

  async removeRoom(conferenceId: string, roomId: string): Promise<void> {
    const result = await this.dataSource.getRepository(Room).delete({ id: roomId, conferenceId });
    if (!result.affected) throw new NotFoundException('Lokalen finns inte.');
  }

  // Draft agenda ------------------------------------------------------------------------------------

  /** The draft with every item's conflicts, computed on the server. */
  async draft(conferenceId: string): Promise<DraftAgendaResponse> {
    const manager = this.dataSource.manager;
    const conference = await this.requireConference(manager, conferenceId);
    const [rooms, items, latest] = await Promise.all([
      manager.getRepository(Room).find({ where: { conferenceId }, order: { position: 'ASC' } }),
      this.items(manager, conferenceId),
      manager
        .getRepository(AgendaVersion)
        .findOne({ where: { conferenceId }, order: { number: 'DESC' }, select: { number: true, id: true } }),
    ]);
    const conflicts = findConflicts(items, rooms, conference, await this.sharedSignups(manager, conferenceId));
    return {
      rooms: rooms.map(toRoom),
      items: items.map((item) => toItem(item, conflicts)),
      conflicts,
      latestVersion: latest?.number ?? null,
    };
  }

  async createItem(conferenceId: string, body: AgendaItemDto, user: AuthenticatedUser): Promise<AgendaItemResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.requireConference(manager, conferenceId);
      await this.checkRefs(manager, conferenceId, body);
      const item = manager.getRepository(AgendaItem).create({
        conferenceId,
        titleSv: body.titleSv,
        titleEn: body.titleEn ?? null,
        descriptionSv: body.descriptionSv ?? null,
        descriptionEn: body.descriptionEn ?? null,
        type: body.type,
        startsAt: body.startsAt ? new Date(body.startsAt) : null,
        endsAt: body.endsAt ? new Date(body.endsAt) : null,
        roomId: body.roomId ?? null,
        themeId: body.themeId ?? null,
        sourceProposalId: null,
        speakers: (body.speakers ?? []).map((s) => ({ name: s.name, organisation: s.organisation ?? null })),
        signupRequired: body.signupRequired ?? false,
        signupCapacity: body.signupCapacity ?? null,
        focusAreas: await this.focusAreas(manager, conferenceId, body.focusAreaCodes, body.themeId ?? null),
      });
      checkItem(item);
      const saved = await manager.getRepository(AgendaItem).save(item);
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: saved.id,
        action: 'created',
        actorId: user.id,
        after: { title: saved.titleSv },
      });
      return saved.id;
    });
    return this.item(conferenceId, id);
  }

  /**
   * No lost updates: the edit names the version it is based on; a stale version gets 409 with the
   * current item so the editor can show both and let the person choose.
   */
  async updateItem(itemId: string, body: UpdateAgendaItemDto, user: AuthenticatedUser): Promise<AgendaItemResponse> {
    const conferenceId = await this.dataSource.transaction(async (manager) => {
      const item = await manager
        .getRepository(AgendaItem)
        .findOne({ where: { id: itemId }, relations: { focusAreas: true }, lock: { mode: 'pessimistic_write', tables: ['agenda_items'] } });
      if (!item) throw new NotFoundException('Programpunkten finns inte.');
      if (item.version !== body.version) {
        const current = await this.itemIn(manager, item.conferenceId, itemId);
        throw new ConflictException({
          message: 'Någon annan har ändrat programpunkten medan du redigerade.',
          errors: { version: 'stale' },
          current,
        });
      }
      await this.checkRefs(manager, item.conferenceId, body);
      const before = {
        startsAt: item.startsAt?.toISOString() ?? null,
        endsAt: item.endsAt?.toISOString() ?? null,
        roomId: item.roomId,
        title: item.titleSv,
      };
      const { version: _version, focusAreaCodes, startsAt, endsAt, speakers, ...fields } = body;
      void _version;
      Object.assign(item, fields);
      if (startsAt !== undefined) item.startsAt = startsAt ? new Date(startsAt) : null;
      if (endsAt !== undefined) item.endsAt = endsAt ? new Date(endsAt) : null;
      if (speakers) item.speakers = speakers.map((s) => ({ name: s.name, organisation: s.organisation ?? null }));
      if (focusAreaCodes || body.themeId !== undefined)
        item.focusAreas = await this.focusAreas(manager, item.conferenceId, focusAreaCodes, item.themeId, item.focusAreas);
      checkItem(item);
      await manager.getRepository(AgendaItem).save(item);
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: itemId,
        action: 'edited',
        actorId: user.id,
        before,
        after: {
          startsAt: item.startsAt?.toISOString() ?? null,
          endsAt: item.endsAt?.toISOString() ?? null,
          roomId: item.roomId,
          title: item.titleSv,
        },
      });
      return item.conferenceId;
    });
    return this.item(conferenceId, itemId);
  }

  async removeItem(itemId: string, user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await manager.getRepository(AgendaItem).findOneBy({ id: itemId });
      if (!item) throw new NotFoundException('Programpunkten finns inte.');
      await manager.getRepository(AgendaItem).delete({ id: itemId });
      await audit(manager, {
        subjectType: 'agenda-item',
        subjectId: itemId,
        action: 'removed',
        actorId: user.id,
        before: { title: item.titleSv },
      });
    });
  }

  /**
   * Accepted session proposals for this conference that are not yet on the agenda: the pile the editor
   * drags from. Importing one makes an unscheduled item linked back to its proposal.
   */
  async candidates(conferenceId: string): Promise<AgendaCandidate[]> {
    await this.requireConference(this.dataSource.manager, conferenceId);
    const rows: { id: string; title: string; summary: string; format: string | null; duration_minutes: number | null }[] =
      await this.dataSource.query(
        `SELECT p.id, p.title, p.summary, p.format, p.duration_minutes FROM proposals p
        WHERE p.target_conference_id = $1 AND p.kind = 'session' AND p.state = 'accepted'
          AND NOT EXISTS (SELECT 1 FROM agenda_items i WHERE i.source_proposal_id = p.id)
        ORDER BY p.decided_at`,
        [conferenceId],
      );
    return rows.map((r) => ({
      proposalId: r.id,
      title: r.title,
      summary: r.summary,
      format: r.format,
      durationMinutes: r.duration_minutes,
    }));
  }

  async importCandidate(conferenceId: string, proposalId: string, user: AuthenticatedUser): Promise<AgendaItemResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(Proposal).findOne({
        where: { id: proposalId, targetConferenceId: conferenceId, kind: 'session', state: 'accepted' },
        relations: { focusAreas: true },
      });
      if (!proposal) throw new NotFoundException('Inget antaget sessionsförslag med det id:t för konferensen.');
      if (await manager.getRepository(AgendaItem).existsBy({ sourceProposalId: proposalId })) {
        throw new ConflictException({ message: 'Förslaget finns redan i programmet.', errors: { proposalId: 'alreadyImported' } });
      }
      const type = (['keynote', 'panel', 'seminar', 'workshop', 'study-visit'] as const).find((t) => t === proposal.format) ?? 'seminar';
      const item = await manager.getRepository(AgendaItem).save(
        manager.getRepository(AgendaItem).create({
          conferenceId,
          titleSv: proposal.title,
          titleEn: null,
          descriptionSv: proposal.summary,
          descriptionEn: null,
          type,
          startsAt: null,
          endsAt: null,
          roomId: null,
          themeId: null,
          sourceProposalId: proposal.id,
          speakers: proposal.speakers.map((sp) => ({ name: sp.name, organisation: sp.organisation ?? null })),
          signupRequired: false,
          signupCapacity: null,
          focusAreas: proposal.focusAreas ?? [],
        }),
      );
      await audit(manager, { subjectType: 'agenda-item', subjectId: item.id, action: 'imported', actorId: user.id, after: { proposalId } });
      return item.id;
    });
    return this.item(conferenceId, id);
  }

  // Publishing ---------------------------------------------------------------------------------------

  /**
   * Freezes the draft as the next numbered version, with what changed since the previous one. Conflicts
   * are warnings: publishing with conflicts needs `acknowledgeConflicts`. A draft that is what the
   * latest version already holds is not published again (409).
   */
  async publish(conferenceId: string, acknowledgeConflicts: boolean, user: AuthenticatedUser): Promise<PublishResult> {
    return this.dataSource.transaction(async (manager) => {
      // One publisher at a time per conference; numbers stay gap-free.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('agenda-publish:' || $1))`, [conferenceId]);
      const conference = await this.requireConference(manager, conferenceId);
      if (conference.status === 'draft' || conference.status === 'cancelled') {
        throw new UnprocessableEntityException('Publicera konferensen innan programmet publiceras.');
      }
      // Sequential: one transaction, one connection.
      const rooms = await manager.getRepository(Room).find({ where: { conferenceId }, order: { position: 'ASC' } });
      const items = await this.items(manager, conferenceId);
      const previous = await manager.getRepository(AgendaVersion).findOne({ where: { conferenceId }, order: { number: 'DESC' } });
      const before = new Map((previous?.snapshot.items ?? []).map((i) => [i.id, i]));
      const publishedAt = new Date();
      const programme = items
        .filter((i) => i.startsAt && i.endsAt)
        .map((item) => toProgrammeItem(item, before.get(item.id), publishedAt, previous?.publishedAt));
      // Under the lock above, so of several simultaneous publishes of one change only the first makes a version.
      if (previous && sameProgramme(previous.snapshot, { rooms: rooms.map(toRoom), items: programme })) {
        throw new ConflictException({
          message: `Inget har ändrats sedan förra publiceringen (version ${previous.number}).`,
          errors: { programme: 'unchanged' },
        });
      }
      const conflicts = findConflicts(items, rooms, conference, await this.sharedSignups(manager, conferenceId));
      if (conflicts.length && !acknowledgeConflicts) {
        throw new UnprocessableEntityException({
          message: `Programmet har ${conflicts.length} konflikter. Bekräfta att du vill publicera ändå.`,
          errors: { acknowledgeConflicts: 'required' },
          conflicts,
        });
      }
      const changes = diffProgrammes(previous?.snapshot.items ?? [], programme);
      const version = await manager.getRepository(AgendaVersion).save({
        conferenceId,
        number: (previous?.number ?? 0) + 1,
        publishedById: user.id,
        conflictCount: conflicts.length,
        snapshot: { conferenceId, rooms: rooms.map(toRoom), items: programme },
        changes,
      });
      for (const listener of this.publishListeners) await listener(manager, conferenceId, version.number, changes);
      await audit(manager, {
        subjectType: 'conference',
        subjectId: conferenceId,
        action: 'programme.published',
        actorId: user.id,
        after: { version: version.number, changes: changes.length, conflicts: conflicts.length },
      });
      return {
        number: version.number,
        publishedAt: toStockholmIso(version.publishedAt),
        publishedByName: user.name,
        conflictCount: conflicts.length,
        changes,
      };
    });
  }

  /** The latest published programme: two queries whatever its size. */
  /**
   * The latest published programme as JSON text, with an ETag. Published versions never change, so the
   * text of a version is cached by (conference, number): one small query per request finds the latest
   * number (and checks visibility); the snapshot itself is read and serialised once per version.
   */
  async programmeJson(conferenceId: string, user?: AuthenticatedUser): Promise<Representation> {
    const [row] = /^[0-9a-f-]{36}$/i.test(conferenceId)
      ? await this.dataSource.query(
          `SELECT c.status, (SELECT max(number) FROM agenda_versions v WHERE v.conference_id = c.id) AS latest FROM conferences c WHERE c.id = $1`,
          [conferenceId],
        )
      : [];
    if (!row || (row.status === 'draft' && !isStaff(user))) throw new NotFoundException('Konferensen finns inte.');
    if (row.latest === null) throw new NotFoundException('Programmet är inte publicerat ännu.');
    return this.programmeCache.get(`${conferenceId}:${row.latest}`, async () => {
      const [version] = await this.dataSource.query(
        `SELECT snapshot::text AS snapshot, published_at FROM agenda_versions WHERE conference_id = $1 AND number = $2`,
        [conferenceId, row.latest],
      );
      // The snapshot is a JSON object; the version fields go in front of its own.
      const json = `{"version":${Number(row.latest)},"publishedAt":${JSON.stringify(toStockholmIso(version.published_at))},${(version.snapshot as string).slice(1)}`;
      return representation(json, `"programme-${conferenceId}-${row.latest}"`);
    });
  }

  async programme(conferenceId: string, user?: AuthenticatedUser): Promise<ProgrammeResponse> {
    return JSON.parse((await this.programmeJson(conferenceId, user)).body.toString('utf8')) as ProgrammeResponse;
  }

  /**
   * Live places taken per published session with sign-up (the programme snapshot is per version; the
   * counts move with every sign-up). One query; 404 like the programme for conferences one may not see.
   */
  async signupCounts(conferenceId: string, user?: AuthenticatedUser): Promise<SignupCountsResponse> {
    await this.conferences.findVisibleLean(this.dataSource.manager, conferenceId, user);
    const rows: { id: string; signup_count: number; signup_capacity: number }[] = await this.dataSource.query(
      `WITH latest AS (SELECT snapshot FROM agenda_versions WHERE conference_id = $1 ORDER BY number DESC LIMIT 1)
       SELECT i.id, i.signup_count, i.signup_capacity FROM agenda_items i, latest
        WHERE i.conference_id = $1 AND i.signup_required
          AND latest.snapshot->'items' @> jsonb_build_array(jsonb_build_object('id', i.id::text))`,
      [conferenceId],
    );
    return Object.fromEntries(rows.map((r) => [r.id, { taken: r.signup_count, capacity: r.signup_capacity }]));
  }

  async changelog(conferenceId: string, user?: AuthenticatedUser): Promise<ChangelogEntry[]> {
    await this.conferences.findVisibleLean(this.dataSource.manager, conferenceId, user);
    const versions = await this.dataSource
      .getRepository(AgendaVersion)
      .find({ where: { conferenceId }, order: { number: 'DESC' }, select: { number: true, publishedAt: true, changes: true, id: true } });
    return versions.map((v) => ({ version: v.number, publishedAt: toStockholmIso(v.publishedAt), changes: v.changes }));
  }

  /** One published item (its own page, and later its calendar entry). */
  async publishedItem(itemId: string): Promise<PublishedItemResponse> {
    const [row] = await this.dataSource.query(
      `SELECT v.conference_id, v.number, item
         FROM agenda_versions v
         JOIN conferences c ON c.id = v.conference_id AND c.status <> 'draft'
         CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') AS item
        WHERE item->>'id' = $1
          AND v.number = (SELECT max(number) FROM agenda_versions w WHERE w.conference_id = v.conference_id)`,
      [itemId],
    );
    if (!row) throw new NotFoundException('Programpunkten finns inte i något publicerat program.');
    return { ...(row.item as ProgrammeItem), conferenceId: row.conference_id, version: row.number };
  }

  // Helpers -------------------------------------------------------------------------------------------

  private async item(conferenceId: string, itemId: string): Promise<AgendaItemResponse> {
    return this.itemIn(this.dataSource.manager, conferenceId, itemId);
  }

  private async itemIn(manager: EntityManager, conferenceId: string, itemId: string): Promise<AgendaItemResponse> {
    const conference = await this.requireConference(manager, conferenceId);
    // Sequential: `manager` may be a transaction's, whose one connection runs one query at a time.
    const rooms = await manager.getRepository(Room).findBy({ conferenceId });
    const items = await this.items(manager, conferenceId);
    const item = items.find((i) => i.id === itemId);
    if (!item) throw new NotFoundException('Programpunkten finns inte.');
    return toItem(item, findConflicts(items, rooms, conference, await this.sharedSignups(manager, conferenceId)));
  }

  private items(manager: EntityManager, conferenceId: string): Promise<AgendaItem[]> {
    return manager
      .getRepository(AgendaItem)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.room', 'room')
      .leftJoinAndSelect('i.focusAreas', 'fa')
      .where('i.conferenceId = :conferenceId', { conferenceId })
      .orderBy('i.startsAt', 'ASC', 'NULLS LAST')
      .addOrderBy('room.position', 'ASC')
      .addOrderBy('i.titleSv', 'ASC')
      .getMany();
  }

  private async requireConference(manager: EntityManager, id: string): Promise<Conference> {
    const conference = await manager.getRepository(Conference).findOneBy({ id });
    if (!conference) throw new NotFoundException('Konferensen finns inte.');
    return conference;
  }

  private async checkRefs(manager: EntityManager, conferenceId: string, body: Partial<AgendaItemDto>): Promise<void> {
    if (body.roomId && !(await manager.getRepository(Room).existsBy({ id: body.roomId, conferenceId }))) {
      throw new UnprocessableEntityException({ message: 'Lokalen hör inte till konferensen.', errors: { roomId: 'unknown' } });
    }
    if (body.themeId && !(await manager.getRepository(Theme).existsBy({ id: body.themeId, conferenceId }))) {
      throw new UnprocessableEntityException({ message: 'Temat hör inte till konferensen.', errors: { themeId: 'unknown' } });
    }
  }

  /** Focus areas: given explicitly, else taken from the theme, else kept. */
  private async focusAreas(
    manager: EntityManager,
    conferenceId: string,
    codes: FocusAreaCode[] | undefined,
    themeId: string | null,
    current: FocusArea[] = [],
  ): Promise<FocusArea[]> {
    void conferenceId;
    if (codes) {
      const areas = codes.length
        ? await manager
            .getRepository(FocusArea)
            .createQueryBuilder('f')
            .innerJoin('f.strategy', 's', 's.current')
            .where({ code: In(codes) })
            .getMany()
        : [];
      if (areas.length !== new Set(codes).size)
        throw new UnprocessableEntityException({ message: 'Okänt fokusområde.', errors: { focusAreaCodes: 'unknown' } });
      return areas;
    }
    if (themeId) {
      const theme = await manager.getRepository(Theme).findOne({ where: { id: themeId }, relations: { focusAreas: true } });
      return theme?.focusAreas ?? current;
    }
    return current;
  }
}

function checkItem(item: AgendaItem): void {
  const errors: Record<string, string> = {};
  if ((item.startsAt === null) !== (item.endsAt === null)) errors['endsAt'] = 'bothOrNeither';
  else if (item.startsAt && item.endsAt && item.endsAt <= item.startsAt) errors['endsAt'] = 'beforeStart';
  if (item.signupRequired && !item.signupCapacity) errors['signupCapacity'] = 'required';
  if (item.signupRequired && item.signupCapacity !== null && item.signupCapacity < item.signupCount)
    errors['signupCapacity'] = 'belowSignups';
  if (Object.keys(errors).length) {
    throw new UnprocessableEntityException({
      message: 'Tiderna eller platserna går inte ihop: ange både start och slut (slutet efter starten) och antal platser för anmälan.',
      errors,
    });
  }
}

function toRoom(r: Room): RoomResponse {
  return { id: r.id, name: r.name, capacity: r.capacity, accessibilityNotes: r.accessibilityNotes, position: r.position };
}

function codesOf(item: AgendaItem): FocusAreaCode[] {
  return [...(item.focusAreas ?? [])].sort((a, b) => a.position - b.position).map((f) => f.code);
}

function toItem(item: AgendaItem, conflicts: AgendaConflict[]): AgendaItemResponse {
  return {
    id: item.id,
    conferenceId: item.conferenceId,
    titleSv: item.titleSv,
    titleEn: item.titleEn,
    descriptionSv: item.descriptionSv,
    descriptionEn: item.descriptionEn,
    type: item.type,
    startsAt: item.startsAt ? toStockholmIso(item.startsAt) : null,
    endsAt: item.endsAt ? toStockholmIso(item.endsAt) : null,
    roomId: item.roomId,
    roomName: item.room?.name ?? null,
    themeId: item.themeId,
    sourceProposalId: item.sourceProposalId,
    speakers: item.speakers,
    focusAreaCodes: codesOf(item),
    signupRequired: item.signupRequired,
    signupCapacity: item.signupCapacity,
    signupCount: item.signupCount,
    version: item.version,
    conflicts: conflicts.filter((c) => c.itemIds.includes(item.id)),
  };
}

const CONTENT_KEYS = [
  'titleSv',
  'titleEn',
  'descriptionSv',
  'descriptionEn',
  'type',
  'themeId',
  'speakers',
  'focusAreaCodes',
  'signupRequired',
  'signupCapacity',
] as const;
const PLACE_KEYS = ['startsAt', 'endsAt', 'roomId'] as const;

function toProgrammeItem(
  item: AgendaItem,
  previous: ProgrammeItem | undefined,
  publishedAt: Date,
  previousPublishedAt: Date | undefined,
): ProgrammeItem {
  const next: ProgrammeItem = {
    id: item.id,
    titleSv: item.titleSv,
    titleEn: item.titleEn,
    descriptionSv: item.descriptionSv,
    descriptionEn: item.descriptionEn,
    type: item.type,
    startsAt: toStockholmIso(item.startsAt as Date),
    endsAt: toStockholmIso(item.endsAt as Date),
    roomId: item.roomId,
    roomName: item.room?.name ?? null,
    themeId: item.themeId,
    speakers: item.speakers,
    focusAreaCodes: codesOf(item),
    signupRequired: item.signupRequired,
    signupCapacity: item.signupCapacity,
    sequence: 0,
    lastModifiedAt: toStockholmIso(publishedAt),
  };
  if (previous && !changed(previous, next, [...CONTENT_KEYS, ...PLACE_KEYS])) {
    next.sequence = previous.sequence;
    // Versions published before this field existed: the previous version's time is the best bound.
    next.lastModifiedAt = previous.lastModifiedAt ?? (previousPublishedAt ? toStockholmIso(previousPublishedAt) : next.lastModifiedAt);
  } else if (previous) {
    next.sequence = previous.sequence + 1;
  }
  return next;
}

function changed(a: ProgrammeItem, b: ProgrammeItem, keys: readonly (keyof ProgrammeItem)[]): boolean {
  return keys.some((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** What changed between two published versions: added, moved (time or room), changed (content), removed. */
export function diffProgrammes(before: ProgrammeItem[], after: ProgrammeItem[]): ProgrammeChange[] {
  const place = (i: ProgrammeItem) => ({ startsAt: i.startsAt, endsAt: i.endsAt, roomName: i.roomName });
  const old = new Map(before.map((i) => [i.id, i]));
  const changes: ProgrammeChange[] = [];
  for (const item of after) {
    const prev = old.get(item.id);
    if (!prev) changes.push({ kind: 'added', itemId: item.id, titleSv: item.titleSv, before: null, after: place(item) });
    else if (changed(prev, item, PLACE_KEYS))
      changes.push({ kind: 'moved', itemId: item.id, titleSv: item.titleSv, before: place(prev), after: place(item) });
    else if (changed(prev, item, CONTENT_KEYS))
      changes.push({ kind: 'changed', itemId: item.id, titleSv: item.titleSv, before: place(prev), after: place(item) });
    old.delete(item.id);
  }
  for (const prev of old.values())
    changes.push({ kind: 'removed', itemId: prev.id, titleSv: prev.titleSv, before: place(prev), after: null });
  return changes;
}
