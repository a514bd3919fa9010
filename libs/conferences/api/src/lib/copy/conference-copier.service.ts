import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ConferenceCopyResponse } from '@samverkan/conferences/contract';
import { notFound } from '@samverkan/shared/api-http';
import { pickConferenceSlug } from '../conference-slugs';
import { Conference } from '../conference.entity';
import { ConferenceEvents } from '../conference-events';
import type { CopyConferenceDto } from '../dto/conference-copy.dto';
import { idColumns, newIds } from './id-map';
import { stockholmShift } from './stockholm-shift';

/**
 * Copies a conference into a new draft in one transaction: the conference's settings and focus areas,
 * its themes, then each later domain's part through `ConferenceEvents.copied` (rooms and programme,
 * reminders, …). The copy keeps the title (staff change it on the new draft); nothing about people is
 * copied: no registrations, seats, sign-ups, published versions or messages.
 */
@Injectable()
export class ConferenceCopier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ConferenceEvents,
  ) {}

  async copy(id: string, body: CopyConferenceDto): Promise<ConferenceCopyResponse> {
    const startsAt = new Date(body.startsAt);
    // Repeatable read: every copier reads the original as it was when the copy began.
    const toId = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const repo = manager.getRepository(Conference);
      const original = await repo.findOne({ where: { id }, relations: { focusAreas: true } });
      if (!original) throw notFound('conferences.not-found');
      const { shift, exactMs } = stockholmShift(original.startsAt, startsAt);
      const copy = await repo.save(
        repo.create({
          status: 'draft',
          slug: await pickConferenceSlug(manager, original.titleSv, startsAt),
          titleSv: original.titleSv,
          titleEn: original.titleEn,
          descriptionSv: original.descriptionSv,
          descriptionEn: original.descriptionEn,
          hostOrganisationId: original.hostOrganisationId,
          venue: original.venue,
          address: original.address,
          startsAt,
          endsAt: shift(original.endsAt),
          capacity: original.capacity,
          registrationOpensAt: original.registrationOpensAt && shift(original.registrationOpensAt),
          registrationClosesAt: original.registrationClosesAt && shift(original.registrationClosesAt),
          focusAreas: original.focusAreas,
        }),
      );
      const themeIds = await copyThemes(manager, id, copy.id);
      await this.events.copied(manager, { fromId: id, toId: copy.id, shiftMs: exactMs, shift, themeIds });
      return copy.id;
    });
    return { id: toId, status: 'draft' };
  }
}

/** The themes in their order with their focus areas; the link to a proposal stays with the original. */
async function copyThemes(manager: EntityManager, fromId: string, toId: string): Promise<Map<string, string>> {
  const rows = await manager.query<{ id: string }[]>(`SELECT id FROM themes WHERE conference_id = $1`, [fromId]);
  const ids = newIds(rows.map((row) => row.id));
  if (!ids.size) return ids;
  const [oldIds, copyIds] = idColumns(ids);
  await manager.query(
    `INSERT INTO themes (id, conference_id, title_sv, title_en, description_sv, description_en, position)
     SELECT m.new_id, $1, t.title_sv, t.title_en, t.description_sv, t.description_en, t.position
       FROM themes t JOIN unnest($2::uuid[], $3::uuid[]) AS m(old_id, new_id) ON m.old_id = t.id`,
    [toId, oldIds, copyIds],
  );
  await manager.query(
    `INSERT INTO theme_focus_areas (theme_id, focus_area_id)
     SELECT m.new_id, f.focus_area_id
       FROM theme_focus_areas f JOIN unnest($1::uuid[], $2::uuid[]) AS m(old_id, new_id) ON m.old_id = f.theme_id`,
    [oldIds, copyIds],
  );
  return ids;
}
