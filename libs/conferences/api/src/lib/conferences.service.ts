import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ConferenceResponse } from '@samverkan/conferences/contract';
import { can } from '@samverkan/identity/contract';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { isUuid, notFound } from '@samverkan/shared/api-http';
import { Conference, withSeatsTaken } from './conference.entity';
import { mayKnowConference } from './conference-rules';
import { isConferenceSlug } from './conference-slug';
import { toConferenceResponse } from './conference-view';
import type { ConferenceListQueryDto } from './dto/conference.dto';

/** Reading conferences: those who manage conferences see every one, everyone else what is not a draft. */
@Injectable()
export class ConferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ConferenceListQueryDto, user?: AuthenticatedUser): Promise<ConferenceResponse[]> {
    const qb = this.withDetails(this.dataSource.manager);
    if (!can(user?.roles, 'conferences.manage')) qb.andWhere(`c.status = 'published'`);
    else if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.when === 'upcoming') qb.andWhere('c.endsAt >= now()').orderBy('c.startsAt', 'ASC');
    else if (query.when === 'past') qb.andWhere('c.endsAt < now()').orderBy('c.startsAt', 'DESC');
    else qb.orderBy('c.startsAt', 'DESC');
    qb.addOrderBy('t.position', 'ASC');
    return (await qb.getMany()).map((c) => toConferenceResponse(c));
  }

  async get(id: string, user?: AuthenticatedUser): Promise<ConferenceResponse> {
    return toConferenceResponse(await this.findVisible(this.dataSource.manager, id, user));
  }

  /** The conference at its readable address, by the same visibility rule as by id. */
  async getBySlug(slug: string, user?: AuthenticatedUser): Promise<ConferenceResponse> {
    const conference = isConferenceSlug(slug)
      ? await this.withDetails(this.dataSource.manager).where('c.slug = :slug', { slug }).addOrderBy('t.position', 'ASC').getOne()
      : null;
    if (!conference || !mayKnowConference(conference.status, user?.roles)) throw notFound('conferences.not-found');
    return toConferenceResponse(conference);
  }

  /** The conference with its host, focus areas and themes, as staff see it (after a change). */
  async getForStaff(manager: EntityManager, id: string): Promise<ConferenceResponse> {
    const conference = await this.withDetails(manager).where('c.id = :id', { id }).addOrderBy('t.position', 'ASC').getOne();
    if (!conference) throw notFound('conferences.not-found');
    return toConferenceResponse(conference);
  }

  /** The conference if the caller may know it exists; a draft is 404 to everyone who does not manage conferences. */
  async findVisible(manager: EntityManager, id: string, user?: AuthenticatedUser): Promise<Conference> {
    const conference = await this.withDetails(manager).where('c.id = :id', { id }).addOrderBy('t.position', 'ASC').getOne();
    if (!conference || !mayKnowConference(conference.status, user?.roles)) throw notFound('conferences.not-found');
    return conference;
  }

  /** The same rule without themes and focus areas: one query. */
  async findVisibleLean(manager: EntityManager, id: string, user?: AuthenticatedUser): Promise<Conference> {
    const conference = isUuid(id) ? await manager.getRepository(Conference).findOneBy({ id }) : null;
    if (!conference || !mayKnowConference(conference.status, user?.roles)) throw notFound('conferences.not-found');
    return conference;
  }

  private withDetails(manager: EntityManager) {
    return withSeatsTaken(manager.getRepository(Conference).createQueryBuilder('c'))
      .leftJoinAndSelect('c.hostOrganisation', 'host')
      .leftJoinAndSelect('c.focusAreas', 'fa')
      .leftJoinAndSelect('c.themes', 't')
      .leftJoinAndSelect('t.focusAreas', 'tfa');
  }
}
