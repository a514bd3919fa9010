import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Conference, ConferencesService } from '@samverkan/conferences/api';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { CallResponse } from '@samverkan/proposals/contract';
import { audit } from '@samverkan/shared/api-audit';
import { badRequest, notFound } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { findCurrentFocusAreas, resolveCurrentFocusAreas } from '@samverkan/strategy/api';
import { Call } from './call.entity';
import { closedPeriod, isCallOpen, mayViewCall } from './call-rules';
import type { CreateCallDto, UpdateCallDto } from './dto/call.dto';

/**
 * A conference's open calls: staff (`calls.manage`) open, edit and close them; anyone reads an open one
 * (`call-rules.ts` decides who sees which).
 */
@Injectable()
export class CallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conferences: ConferencesService,
  ) {}

  async create(conferenceId: string, body: CreateCallDto, user: AuthenticatedUser): Promise<CallResponse> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.conferences.findVisibleLean(manager, conferenceId, user);
      checkPeriod(new Date(body.opensAt), new Date(body.closesAt));
      await resolveCurrentFocusAreas(manager, body.focusAreaCodes);
      const repo = manager.getRepository(Call);
      const call = await repo.save(
        repo.create({
          conferenceId,
          titleSv: body.titleSv,
          titleEn: body.titleEn ?? null,
          textSv: body.textSv,
          textEn: body.textEn ?? null,
          opensAt: new Date(body.opensAt),
          closesAt: new Date(body.closesAt),
          focusAreaCodes: body.focusAreaCodes,
          createdById: user.id,
        }),
      );
      await audit(manager, {
        subjectType: 'call',
        subjectId: call.id,
        action: 'created',
        actorId: user.id,
        after: { title: call.titleSv },
      });
      return call.id;
    });
    return this.get(id, user);
  }

  async update(id: string, body: UpdateCallDto, user: AuthenticatedUser): Promise<CallResponse> {
    await this.dataSource.transaction(async (manager) => {
      const call = await lockCall(manager, id);
      const { opensAt, closesAt, focusAreaCodes, ...texts } = body;
      Object.assign(call, texts);
      if (opensAt) call.opensAt = new Date(opensAt);
      if (closesAt) call.closesAt = new Date(closesAt);
      checkPeriod(call.opensAt, call.closesAt);
      if (focusAreaCodes) {
        await resolveCurrentFocusAreas(manager, focusAreaCodes);
        call.focusAreaCodes = focusAreaCodes;
      }
      await manager.getRepository(Call).save(call);
      await audit(manager, { subjectType: 'call', subjectId: id, action: 'edited', actorId: user.id, after: { title: call.titleSv } });
    });
    return this.get(id, user);
  }

  /** Closing ends the call now (one already ended stays as it was). */
  async close(id: string, user: AuthenticatedUser): Promise<CallResponse> {
    await this.dataSource.transaction(async (manager) => {
      const call = await lockCall(manager, id);
      const { closesAt } = closedPeriod(call, new Date());
      if (closesAt.getTime() === call.closesAt.getTime()) return;
      await manager.getRepository(Call).update({ id }, { closesAt });
      await audit(manager, {
        subjectType: 'call',
        subjectId: id,
        action: 'closed',
        actorId: user.id,
        before: { closesAt: toStockholmIso(call.closesAt) },
        after: { closesAt: toStockholmIso(closesAt) },
      });
    });
    return this.get(id, user);
  }

  /** One call; 404 `calls.not-found` to those who may not see it now. */
  async get(id: string, user?: AuthenticatedUser): Promise<CallResponse> {
    const call = await this.dataSource.getRepository(Call).findOne({ where: { id }, relations: { conference: true } });
    if (!call?.conference || !mayViewCall(call, call.conference.status, user?.roles, new Date())) throw notFound('calls.not-found');
    return (await this.toResponses(this.dataSource.manager, [call]))[0];
  }

  /** Staff: a conference's calls, latest opening first. */
  async list(conferenceId: string, user: AuthenticatedUser): Promise<CallResponse[]> {
    const conference = await this.conferences.findVisibleLean(this.dataSource.manager, conferenceId, user);
    const calls = await this.dataSource.getRepository(Call).find({ where: { conferenceId }, order: { opensAt: 'DESC' } });
    for (const call of calls) call.conference = conference;
    return this.toResponses(this.dataSource.manager, calls);
  }

  /** The council's way in: every call, latest opening first, with its conference (one query, plus the focus areas). */
  async listAll(): Promise<CallResponse[]> {
    const calls = await this.dataSource
      .getRepository(Call)
      .find({ relations: { conference: true }, order: { opensAt: 'DESC', id: 'ASC' } });
    return this.toResponses(this.dataSource.manager, calls);
  }

  /** Two queries whatever the number of calls: the calls (given) and the current focus areas. */
  private async toResponses(manager: EntityManager, calls: Call[]): Promise<CallResponse[]> {
    const areas = new Map((await findCurrentFocusAreas(manager)).map((a) => [a.code, a]));
    const now = new Date();
    return calls.map((call) => {
      const conference = call.conference as Conference;
      return {
        id: call.id,
        conferenceId: call.conferenceId,
        conferenceTitleSv: conference.titleSv,
        conferenceTitleEn: conference.titleEn,
        titleSv: call.titleSv,
        titleEn: call.titleEn,
        textSv: call.textSv,
        textEn: call.textEn,
        opensAt: toStockholmIso(call.opensAt),
        closesAt: toStockholmIso(call.closesAt),
        open: isCallOpen(call, now),
        focusAreas: call.focusAreaCodes.flatMap((code) => {
          const area = areas.get(code);
          return area ? [{ code, titleSv: area.titleSv, titleEn: area.titleEn }] : [];
        }),
      };
    });
  }
}

function checkPeriod(opensAt: Date, closesAt: Date): void {
  if (closesAt.getTime() <= opensAt.getTime()) throw badRequest('calls.invalid-period', { errors: { closesAt: 'afterOpensAt' } });
}

async function lockCall(manager: EntityManager, id: string): Promise<Call> {
  const call = await manager.getRepository(Call).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!call) throw notFound('calls.not-found');
  return call;
}
