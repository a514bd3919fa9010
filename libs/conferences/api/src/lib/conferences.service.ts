import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ConferenceFocusArea, ConferenceResponse, ThemeResponse } from '@samverkan/conferences/contract';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { FocusArea } from '@samverkan/strategy/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { Conference, Theme } from './conference.entity';
import { ConferenceEvents } from './conference-events';
import type {
  ConferenceListQueryDto,
  CreateConferenceDto,
  CreateThemeDto,
  UpdateConferenceDto,
  UpdateThemeDto,
} from './dto/conference.dto';

/** Admin and working committee see and edit every conference; others see what is published. */
export function isStaff(user: AuthenticatedUser | undefined): boolean {
  return !!user?.roles.some((role) => role === 'admin' || role === 'working-committee');
}

const PUBLIC_STATUSES: readonly string[] = ['published', 'cancelled', 'archived'];

/** Drafts are for staff only; everything else may be looked at by anyone. */
function isVisibleTo(conference: Conference, user: AuthenticatedUser | undefined): boolean {
  return isStaff(user) || PUBLIC_STATUSES.includes(conference.status);
}

@Injectable()
export class ConferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ConferenceEvents,
  ) {}

  async list(query: ConferenceListQueryDto, user?: AuthenticatedUser): Promise<ConferenceResponse[]> {
    const qb = this.baseQuery(this.dataSource.manager);
    if (!isStaff(user)) qb.andWhere(`c.status = 'published'`);
    else if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.when === 'upcoming') qb.andWhere('c.endsAt >= now()').orderBy('c.startsAt', 'ASC');
    else if (query.when === 'past') qb.andWhere('c.endsAt < now()').orderBy('c.startsAt', 'DESC');
    else qb.orderBy('c.startsAt', 'DESC');
    qb.addOrderBy('t.position', 'ASC');
    return (await qb.getMany()).map(toConferenceResponse);
  }

  async get(id: string, user?: AuthenticatedUser): Promise<ConferenceResponse> {
    return toConferenceResponse(await this.findVisible(this.dataSource.manager, id, user));
  }

  /** The conference if the caller may see it; drafts are 404 to everyone but staff. */
  async findVisible(manager: EntityManager, id: string, user?: AuthenticatedUser): Promise<Conference> {
    const conference = await this.baseQuery(manager).where('c.id = :id', { id }).addOrderBy('t.position', 'ASC').getOne();
    if (!conference || !isVisibleTo(conference, user)) {
      throw new NotFoundException('Konferensen finns inte.');
    }
    return conference;
  }

  /** The same visibility rule without themes and focus areas: one query. */
  async findVisibleLean(manager: EntityManager, id: string, user?: AuthenticatedUser): Promise<Conference> {
    const conference = /^[0-9a-f-]{36}$/i.test(id) ? await manager.getRepository(Conference).findOneBy({ id }) : null;
    if (!conference || !isVisibleTo(conference, user)) {
      throw new NotFoundException('Konferensen finns inte.');
    }
    return conference;
  }

  async create(body: CreateConferenceDto): Promise<ConferenceResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      const conference = manager.getRepository(Conference).create({
        ...this.fields(body),
        status: 'draft',
        focusAreas: await this.focusAreas(manager, body.focusAreaCodes),
      });
      checkDates(conference);
      return (await manager.getRepository(Conference).save(conference)).id;
    });
    return this.get(id, { roles: ['admin'] } as AuthenticatedUser);
  }

  async update(id: string, body: UpdateConferenceDto): Promise<ConferenceResponse> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Conference);
      // Locks the row: capacity and seat counts change together with registrations.
      const conference = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!conference) throw new NotFoundException('Konferensen finns inte.');
      if (conference.status === 'archived') throw new UnprocessableEntityException('En arkiverad konferens kan inte ändras.');
      const capacityChanged = body.capacity !== undefined && body.capacity !== conference.capacity;
      if (body.capacity !== undefined && body.capacity < conference.confirmedCount) {
        throw new UnprocessableEntityException({
          message: `Det finns redan ${conference.confirmedCount} bekräftade deltagare; antalet platser kan inte bli färre.`,
          errors: { capacity: 'belowConfirmed' },
        });
      }
      Object.assign(conference, this.fields(body));
      checkDates(conference);
      await repo.save(conference);
      if (body.focusAreaCodes) {
        conference.focusAreas = await this.focusAreas(manager, body.focusAreaCodes);
        await repo.save(conference);
      }
      if (capacityChanged) await this.events.capacityChanged(manager, conference);
    });
    return this.get(id, { roles: ['admin'] } as AuthenticatedUser);
  }

  async publish(id: string): Promise<ConferenceResponse> {
    await this.dataSource.transaction(async (manager) => {
      const conference = await manager.getRepository(Conference).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!conference) throw new NotFoundException('Konferensen finns inte.');
      if (conference.status === 'published') return;
      if (conference.status !== 'draft') {
        throw new UnprocessableEntityException('Bara ett utkast kan publiceras.');
      }
      await manager.getRepository(Conference).update({ id }, { status: 'published', publishedAt: new Date() });
    });
    return this.get(id, { roles: ['admin'] } as AuthenticatedUser);
  }

  async changeStatus(id: string, status: 'cancelled' | 'archived'): Promise<ConferenceResponse> {
    await this.dataSource.transaction(async (manager) => {
      const conference = await manager.getRepository(Conference).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!conference) throw new NotFoundException('Konferensen finns inte.');
      const allowed = status === 'cancelled' ? ['draft', 'published'] : ['published', 'cancelled'];
      if (!allowed.includes(conference.status)) {
        throw new UnprocessableEntityException(`En konferens med status ${conference.status} kan inte bli ${status}.`);
      }
      await manager.getRepository(Conference).update({ id }, { status });
    });
    return this.get(id, { roles: ['admin'] } as AuthenticatedUser);
  }

  async addTheme(conferenceId: string, body: CreateThemeDto): Promise<ThemeResponse> {
    const theme = await this.dataSource.transaction(async (manager) => {
      const conference = await manager.getRepository(Conference).findOneBy({ id: conferenceId });
      if (!conference) throw new NotFoundException('Konferensen finns inte.');
      const position = await manager.getRepository(Theme).countBy({ conferenceId });
      return manager.getRepository(Theme).save(
        manager.getRepository(Theme).create({
          conferenceId,
          titleSv: body.titleSv,
          titleEn: body.titleEn ?? null,
          descriptionSv: body.descriptionSv ?? null,
          descriptionEn: body.descriptionEn ?? null,
          position,
          focusAreas: await this.focusAreas(manager, body.focusAreaCodes),
        }),
      );
    });
    return toThemeResponse(theme);
  }

  async updateTheme(conferenceId: string, themeId: string, body: UpdateThemeDto): Promise<ThemeResponse> {
    const theme = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Theme);
      const existing = await repo.findOne({ where: { id: themeId, conferenceId }, relations: { focusAreas: true } });
      if (!existing) throw new NotFoundException('Temat finns inte.');
      const { focusAreaCodes, ...fields } = body;
      Object.assign(existing, fields);
      if (focusAreaCodes) existing.focusAreas = await this.focusAreas(manager, focusAreaCodes);
      return repo.save(existing);
    });
    return toThemeResponse(theme);
  }

  async removeTheme(conferenceId: string, themeId: string): Promise<void> {
    const result = await this.dataSource.getRepository(Theme).delete({ id: themeId, conferenceId });
    if (!result.affected) throw new NotFoundException('Temat finns inte.');
  }

  private baseQuery(manager: EntityManager) {
    return manager
      .getRepository(Conference)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.hostOrganisation', 'host')
      .leftJoinAndSelect('c.focusAreas', 'fa')
      .leftJoinAndSelect('c.themes', 't')
      .leftJoinAndSelect('t.focusAreas', 'tfa');
  }

  /** Focus areas of the current strategy by code; unknown codes are a 422. */
  private async focusAreas(manager: EntityManager, codes: FocusAreaCode[]): Promise<FocusArea[]> {
    const areas = await manager
      .getRepository(FocusArea)
      .createQueryBuilder('f')
      .innerJoin('f.strategy', 's', 's.current')
      .where({ code: In(codes) })
      .orderBy('f.position')
      .getMany();
    if (areas.length !== new Set(codes).size) {
      throw new UnprocessableEntityException({ message: 'Okänt fokusområde.', errors: { focusAreaCodes: 'unknown' } });
    }
    return areas;
  }

  private fields(body: UpdateConferenceDto): Partial<Conference> {
    const { focusAreaCodes: _codes, startsAt, endsAt, registrationOpensAt, registrationClosesAt, ...rest } = body;
    void _codes;
    const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
    const fields: Partial<Conference> = { ...rest };
    if (startsAt !== undefined) fields.startsAt = new Date(startsAt);
    if (endsAt !== undefined) fields.endsAt = new Date(endsAt);
    if (registrationOpensAt !== undefined) fields.registrationOpensAt = date(registrationOpensAt) ?? null;
    if (registrationClosesAt !== undefined) fields.registrationClosesAt = date(registrationClosesAt) ?? null;
    return fields;
  }
}

function checkDates(c: Conference): void {
  const errors: Record<string, string> = {};
  if (c.endsAt.getTime() <= c.startsAt.getTime()) errors['endsAt'] = 'beforeStart';
  if (c.registrationOpensAt && c.registrationClosesAt && c.registrationOpensAt >= c.registrationClosesAt)
    errors['registrationClosesAt'] = 'beforeOpen';
  if (c.registrationClosesAt && c.registrationClosesAt > c.endsAt) errors['registrationClosesAt'] = 'afterEnd';
  if (Object.keys(errors).length) {
    throw new UnprocessableEntityException({
      message: 'Tiderna går inte ihop: slutet måste komma efter början, och anmälan måste stänga innan konferensen slutar.',
      errors,
    });
  }
}

export function isRegistrationOpen(c: Conference, now = new Date()): boolean {
  return (
    c.status === 'published' &&
    (!c.registrationOpensAt || c.registrationOpensAt <= now) &&
    (!c.registrationClosesAt || now < c.registrationClosesAt) &&
    now < c.endsAt
  );
}

function toArea(f: FocusArea): ConferenceFocusArea {
  return { code: f.code, titleSv: f.titleSv, titleEn: f.titleEn };
}

function byPosition(a: FocusArea, b: FocusArea): number {
  return a.position - b.position;
}

export function toThemeResponse(t: Theme): ThemeResponse {
  return {
    id: t.id,
    titleSv: t.titleSv,
    titleEn: t.titleEn,
    descriptionSv: t.descriptionSv,
    descriptionEn: t.descriptionEn,
    focusAreas: [...(t.focusAreas ?? [])].sort(byPosition).map(toArea),
    sourceProposalId: t.sourceProposalId,
  };
}

export function toConferenceResponse(c: Conference): ConferenceResponse {
  const iso = (d: Date | null) => (d ? toStockholmIso(d) : null);
  return {
    id: c.id,
    status: c.status,
    titleSv: c.titleSv,
    titleEn: c.titleEn,
    descriptionSv: c.descriptionSv,
    descriptionEn: c.descriptionEn,
    hostOrganisationId: c.hostOrganisationId,
    hostOrganisationName: c.hostOrganisation?.name ?? null,
    venue: c.venue,
    address: c.address,
    startsAt: toStockholmIso(c.startsAt),
    endsAt: toStockholmIso(c.endsAt),
    capacity: c.capacity,
    registrationOpensAt: iso(c.registrationOpensAt),
    registrationClosesAt: iso(c.registrationClosesAt),
    registrationOpen: isRegistrationOpen(c),
    confirmedCount: c.confirmedCount,
    seatsLeft: Math.max(0, c.capacity - c.confirmedCount),
    focusAreas: [...(c.focusAreas ?? [])].sort(byPosition).map(toArea),
    themes: (c.themes ?? []).map(toThemeResponse),
    publishedAt: iso(c.publishedAt),
  };
}
