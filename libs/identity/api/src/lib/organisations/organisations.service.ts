import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { OrganisationResponse } from '@samverkan/identity/contract';
import type { Page } from '@samverkan/shared/contract';
import { notFound } from '@samverkan/shared/api-http';
import { Organisation } from '../entities/organisation.entity';
import type { CreateOrganisationDto, OrganisationQueryDto, UpdateOrganisationDto } from './dto/organisation.dto';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  async list(query: OrganisationQueryDto): Promise<Page<OrganisationResponse>> {
    const qb = this.organisations.createQueryBuilder('o').orderBy('lower(o.name)', 'ASC');
    if (query.search) qb.andWhere('o.name ILIKE :search', { search: `%${escapeLike(query.search)}%` });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    const [items, total] = await qb
      .take(query.limit ?? 50)
      .skip(query.offset ?? 0)
      .getManyAndCount();
    return { items: items.map(toOrganisationResponse), total };
  }

  async create(body: CreateOrganisationDto): Promise<OrganisationResponse> {
    const saved = await this.organisations.save(this.organisations.create({ ...body, member: body.member ?? false }));
    return toOrganisationResponse(saved);
  }

  async update(id: string, body: UpdateOrganisationDto): Promise<OrganisationResponse> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw notFound('identity.organisation-not-found');
    Object.assign(organisation, body);
    return toOrganisationResponse(await this.organisations.save(organisation));
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function toOrganisationResponse(o: Organisation): OrganisationResponse {
  return { id: o.id, name: o.name, type: o.type, member: o.member, createdAt: o.createdAt.toISOString() };
}
