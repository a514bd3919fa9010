import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SpeakerResponse } from '@samverkan/agenda/contract';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { audit } from '@samverkan/shared/api-audit';
import { moveDocumentsOf } from '@samverkan/shared/api-documents';
import { notFound, refused } from '@samverkan/shared/api-http';
import type { CreateSpeakerDto, MergeSpeakersDto, UpdateSpeakerDto } from './dto/speakers.dto';
import { Speaker } from './speaker.entity';
import { cleanSpeakerName, containsPattern } from './speaker-names';
import { SPEAKER_COLUMNS, toSpeaker, type SpeakerRow } from './speaker-reads';

/** At most this many entries answer a search (the picker shows the first few; the register page searches). */
const SEARCH_LIMIT = 50;
/** The whole register, by name, up to this many (a register of speakers stays in the hundreds). */
const LIST_LIMIT = 1000;

/** The speaker register: staff list, search, add, edit and merge its entries. Each change is audited. */
@Injectable()
export class SpeakersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everyone by name, or those whose name or organisation contains `q` (case-insensitive). */
  async list(q: string | undefined): Promise<SpeakerResponse[]> {
    const rows = q
      ? await this.dataSource.query<SpeakerRow[]>(
          `SELECT ${SPEAKER_COLUMNS} FROM speakers s
            WHERE s.name ILIKE $1 OR s.organisation ILIKE $1
            ORDER BY (s.name ILIKE $2) DESC, s.name, s.id LIMIT ${SEARCH_LIMIT}`,
          [containsPattern(q), `${containsPattern(q).slice(1)}`],
        )
      : await this.dataSource.query<SpeakerRow[]>(`SELECT ${SPEAKER_COLUMNS} FROM speakers s ORDER BY s.name, s.id LIMIT ${LIST_LIMIT}`);
    return rows.map(toSpeaker);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<SpeakerResponse> {
    const [row] = await manager.query<SpeakerRow[]>(`SELECT ${SPEAKER_COLUMNS} FROM speakers s WHERE s.id = $1`, [id]);
    if (!row) throw notFound('agenda.speaker-not-found');
    return toSpeaker(row);
  }

  async create(body: CreateSpeakerDto, user: AuthenticatedUser): Promise<SpeakerResponse> {
    return this.dataSource.transaction(async (manager) => {
      const speakers = manager.getRepository(Speaker);
      const saved = await speakers.save(
        speakers.create({
          name: cleanSpeakerName(body.name),
          email: body.email ?? null,
          organisation: body.organisation ?? null,
          title: body.title ?? null,
          bioSv: body.bioSv ?? null,
          bioEn: body.bioEn ?? null,
        }),
      );
      await audit(manager, { subjectType: 'speaker', subjectId: saved.id, action: 'created', actorId: user.id, after: { name: saved.name } });
      return this.get(saved.id, manager);
    });
  }

  async update(id: string, body: UpdateSpeakerDto, user: AuthenticatedUser): Promise<SpeakerResponse> {
    return this.dataSource.transaction(async (manager) => {
      const speakers = manager.getRepository(Speaker);
      const speaker = await speakers.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!speaker) throw notFound('agenda.speaker-not-found');
      const before = { name: speaker.name, organisation: speaker.organisation, title: speaker.title };
      Object.assign(speaker, body);
      if (body.name !== undefined) speaker.name = cleanSpeakerName(body.name);
      await speakers.save(speaker);
      await audit(manager, {
        subjectType: 'speaker',
        subjectId: id,
        action: 'edited',
        actorId: user.id,
        before,
        after: { name: speaker.name, organisation: speaker.organisation, title: speaker.title },
      });
      return this.get(id, manager);
    });
  }

  /**
   * Merges entry `id` into `intoId`: its links to programme items and their invitations move to the
   * entry that stays (where both were on one item, the one that stays keeps its place, and takes the
   * other's invitation when it had none), fields the one that stays lacks are filled from the other,
   * and `id` is removed. One transaction, both rows locked in id order so two merges cannot cross.
   */
  async merge(id: string, body: MergeSpeakersDto, user: AuthenticatedUser): Promise<SpeakerResponse> {
    const intoId = body.intoId;
    if (id === intoId) throw refused('agenda.speaker-merge-self', { errors: { intoId: 'same' } });
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.query<{ id: string }[]>(`SELECT id FROM speakers WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
        [id, intoId],
      ]);
      if (!locked.some((r) => r.id === id)) throw notFound('agenda.speaker-not-found');
      if (!locked.some((r) => r.id === intoId)) throw refused('agenda.unknown-speaker', { errors: { intoId: 'unknown' } });
      const from = await manager.getRepository(Speaker).findOneByOrFail({ id });
      // Items both are on: the staying entry takes the other's invitation when it has none of its own
      // (its link is there, so the moved row still belongs to a link); then the other's link goes.
      await manager.query(
        `UPDATE speaker_invitations v SET speaker_id = $2, updated_at = now()
          WHERE v.speaker_id = $1
            AND EXISTS (SELECT 1 FROM agenda_item_speakers k WHERE k.agenda_item_id = v.agenda_item_id AND k.speaker_id = $2)
            AND NOT EXISTS (SELECT 1 FROM speaker_invitations w WHERE w.agenda_item_id = v.agenda_item_id AND w.speaker_id = $2)`,
        [id, intoId],
      );
      await manager.query(
        `DELETE FROM agenda_item_speakers l WHERE l.speaker_id = $1
            AND EXISTS (SELECT 1 FROM agenda_item_speakers k WHERE k.agenda_item_id = l.agenda_item_id AND k.speaker_id = $2)`,
        [id, intoId],
      );
      // ON UPDATE CASCADE carries the invitations of the moved links along.
      await manager.query(`UPDATE agenda_item_speakers SET speaker_id = $2 WHERE speaker_id = $1`, [id, intoId]);
      await manager.query(
        `UPDATE speakers s SET email = coalesce(s.email, f.email), organisation = coalesce(s.organisation, f.organisation),
                title = coalesce(s.title, f.title), bio_sv = coalesce(s.bio_sv, f.bio_sv), bio_en = coalesce(s.bio_en, f.bio_en),
                updated_at = now()
           FROM speakers f WHERE s.id = $2 AND f.id = $1`,
        [id, intoId],
      );
      // The other's files (a photo) stay with the person.
      await moveDocumentsOf(manager, 'speaker', id, intoId);
      await manager.query(`DELETE FROM speakers WHERE id = $1`, [id]);
      await audit(manager, [
        { subjectType: 'speaker', subjectId: intoId, action: 'merged', actorId: user.id, after: { mergedId: id, mergedName: from.name } },
        { subjectType: 'speaker', subjectId: id, action: 'merged-away', actorId: user.id, before: { name: from.name }, after: { intoId } },
      ]);
      return this.get(intoId, manager);
    });
  }
}
