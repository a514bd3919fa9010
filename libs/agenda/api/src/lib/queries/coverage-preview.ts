import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DEFAULT_MIN_SHARE, focusAreaShares, shortAreaCodes, type CoveragePreview, type ProgrammeShares } from '@samverkan/agenda/contract';
import { findCurrentFocusAreas } from '@samverkan/strategy/api';
import { AgendaItem } from '../agenda.entity';
import { codesOf } from '../agenda-views';
import { requireConference } from './draft-reads';

/**
 * Each current focus area's share of a conference's draft programme time, by the share rule the
 * coverage report uses (`focusAreaShares`): the editor warns of the short ones before publishing, and
 * the proposals' "fills a gap" marker reads the same shares (`ProgrammeGaps`, provided at start-up).
 */
@Injectable()
export class CoveragePreviewQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async preview(conferenceId: string): Promise<CoveragePreview> {
    const manager = this.dataSource.manager;
    await requireConference(manager, conferenceId);
    const shares = (await this.sharesOf(manager, [conferenceId])).get(conferenceId) as ProgrammeShares;
    return { conferenceId, ...shares, shortAreaCodes: shortAreaCodes(shares) };
  }

  /** The shares of several conferences' drafts in two queries (focus areas, items). */
  async sharesOf(manager: EntityManager, conferenceIds: readonly string[]): Promise<Map<string, ProgrammeShares>> {
    const codes = (await findCurrentFocusAreas(manager)).map((area) => area.code);
    const items = conferenceIds.length
      ? await manager
          .getRepository(AgendaItem)
          .createQueryBuilder('i')
          .leftJoinAndSelect('i.focusAreas', 'fa')
          .where('i.conferenceId IN (:...ids)', { ids: [...conferenceIds] })
          .getMany()
      : [];
    return new Map(
      conferenceIds.map((id) => [
        id,
        focusAreaShares(
          items
            .filter((item) => item.conferenceId === id)
            .map((item) => ({
              type: item.type,
              startsAt: item.startsAt ? item.startsAt.toISOString() : null,
              endsAt: item.endsAt ? item.endsAt.toISOString() : null,
              focusAreaCodes: codesOf(item),
            })),
          codes,
          DEFAULT_MIN_SHARE,
        ),
      ]),
    );
  }
}
