import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type {
  CreateStrategyDraftRequest,
  FocusAreaMappingEntry,
  StrategyContentRequest,
  StrategyState,
  StrategyVersionResponse,
} from '@samverkan/strategy/contract';
import { badRequest, conflict, notFound } from '@samverkan/shared/api-http';
import { FocusArea, FocusAreaMapping, Strategy, StrategyPosition } from '../strategy.entity';
import { checkMapping, groupMapping, mappingIsComplete } from './focus-area-mapping';
import { writeContent } from './strategy-content';
import { loadVersion } from './strategy-versions.query';

/** The meeting decision that adopts a version (committee domain). */
export interface AdoptionDecision {
  meetingId: string;
  decisionId: string;
}

/**
 * The commands of strategy drafting: a draft copied from the adopted version, its text and its
 * focus-area mapping edited while it is a draft, sent to consultation (and back), and adopted, which
 * replaces the version adopted before. Each runs in one transaction with the version's row locked;
 * a version not in the state the command needs is a 409.
 */
@Injectable()
export class StrategyDraftingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new draft with the adopted version's text, areas and positions, and a mapping where every area
   * maps to itself. One draft or consultation at a time (409 `strategy.draft-exists`).
   */
  createDraft(body: CreateStrategyDraftRequest): Promise<StrategyVersionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const adopted = await manager.findOne(Strategy, { where: { state: 'adopted' }, lock: { mode: 'pessimistic_write' } });
      if (!adopted) throw notFound('strategy.none-current');
      if (await manager.existsBy(Strategy, { state: In(['draft', 'in-consultation']) })) throw conflict('strategy.draft-exists');
      if (await manager.existsBy(Strategy, { version: body.version })) {
        throw conflict('strategy.version-taken', { errors: { version: 'taken' } });
      }
      const draft = await manager.save(
        manager.create(Strategy, {
          version: body.version,
          titleSv: body.title ?? adopted.titleSv,
          state: 'draft',
          preamble: adopted.preamble,
          vision: adopted.vision,
          basedOnId: adopted.id,
        }),
      );
      const areas = await manager.find(FocusArea, { where: { strategyId: adopted.id }, order: { position: 'ASC' } });
      const positions = areas.length
        ? await manager.find(StrategyPosition, { where: { focusAreaId: In(areas.map((a) => a.id)) }, order: { position: 'ASC' } })
        : [];
      for (const area of areas) {
        const copy = await manager.save(
          manager.create(FocusArea, {
            strategyId: draft.id,
            code: area.code,
            position: area.position,
            titleSv: area.titleSv,
            titleEn: area.titleEn,
            descriptionSv: area.descriptionSv,
            descriptionEn: area.descriptionEn,
            textSv: area.textSv,
          }),
        );
        const own = positions.filter((p) => p.focusAreaId === area.id);
        if (own.length)
          await manager.insert(
            StrategyPosition,
            own.map((p) => ({ focusAreaId: copy.id, position: p.position, textSv: p.textSv })),
          );
      }
      if (areas.length)
        await manager.insert(
          FocusAreaMapping,
          areas.map((a) => ({ strategyId: draft.id, fromCode: a.code, toCode: a.code })),
        );
      return this.answer(manager, draft.id);
    });
  }

  /** Replaces a draft's text (see writeContent); 409 `strategy.not-draft` unless it is a draft. */
  updateContent(id: string, content: StrategyContentRequest): Promise<StrategyVersionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await this.lock(manager, id);
      if (strategy.state !== 'draft') throw conflict('strategy.not-draft', { context: { state: strategy.state } });
      await writeContent(manager, strategy, content);
      return this.answer(manager, id);
    });
  }

  /**
   * Adds the text of an old version recorded without it: only a replaced version with no text at all
   * (409 `strategy.text-recorded` otherwise; `strategy.wrong-state` for a version that is not replaced).
   */
  importText(id: string, content: StrategyContentRequest): Promise<StrategyVersionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await this.lock(manager, id);
      if (strategy.state !== 'replaced') throw conflict('strategy.wrong-state', { context: { state: strategy.state } });
      const hasAreas = await manager.existsBy(FocusArea, { strategyId: id });
      if (strategy.preamble || strategy.vision || hasAreas) throw conflict('strategy.text-recorded');
      await writeContent(manager, strategy, content);
      return this.answer(manager, id);
    });
  }

  /**
   * Sets how the areas of the version the draft is based on map into the draft's areas. Every old area
   * once, targets among the draft's codes (400 `strategy.invalid-mapping`, the problems in `context`).
   */
  setMapping(id: string, entries: readonly FocusAreaMappingEntry[]): Promise<StrategyVersionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await this.lock(manager, id);
      if (strategy.state !== 'draft') throw conflict('strategy.not-draft', { context: { state: strategy.state } });
      const problems = await this.mappingProblems(manager, strategy, entries);
      if (!mappingIsComplete(problems)) throw badRequest('strategy.invalid-mapping', { context: { ...problems } });
      await manager.delete(FocusAreaMapping, { strategyId: id });
      const rows = entries.flatMap((e) =>
        (e.to.length ? [...new Set(e.to)] : [null]).map((toCode) => ({ strategyId: id, fromCode: e.from, toCode })),
      );
      if (rows.length) await manager.insert(FocusAreaMapping, rows);
      return this.answer(manager, id);
    });
  }

  /** Draft → in consultation. */
  sendToConsultation(id: string): Promise<StrategyVersionResponse> {
    return this.move(id, 'draft', 'in-consultation');
  }

  /** In consultation → draft again, to rework it (consultation can be reopened afterwards). */
  withdrawFromConsultation(id: string): Promise<StrategyVersionResponse> {
    return this.move(id, 'in-consultation', 'draft');
  }

  /**
   * Adopts a version in consultation by a meeting's decision, in the decision's transaction: the version
   * adopted so far becomes replaced in the same transaction. There is no other way to adopt a version.
   * Refused (409) when the draft was based on another version than the adopted one
   * (`strategy.stale-draft`) or its mapping does not account for every old area
   * (`strategy.mapping-incomplete`).
   */
  async adopt(id: string, decision: AdoptionDecision, m: EntityManager): Promise<StrategyVersionResponse> {
    const strategy = await this.lock(m, id);
    if (strategy.state !== 'in-consultation') throw conflict('strategy.wrong-state', { context: { state: strategy.state } });
    const previous = await m.findOne(Strategy, { where: { state: 'adopted' }, lock: { mode: 'pessimistic_write' } });
    if (previous && strategy.basedOnId && strategy.basedOnId !== previous.id) throw conflict('strategy.stale-draft');
    const mapping = await m.find(FocusAreaMapping, { where: { strategyId: id } });
    const entries = groupMapping(mapping);
    const problems = await this.mappingProblems(m, strategy, entries);
    if (strategy.basedOnId && !mappingIsComplete(problems)) throw conflict('strategy.mapping-incomplete', { context: { ...problems } });
    if (previous) await m.update(Strategy, { id: previous.id }, { state: 'replaced' });
    await m.update(
      Strategy,
      { id },
      {
        state: 'adopted',
        adoptedAt: new Date(),
        adoptedMeetingId: decision.meetingId,
        adoptedDecisionId: decision.decisionId,
      },
    );
    return this.answer(m, id);
  }

  private move(id: string, from: StrategyState, to: StrategyState): Promise<StrategyVersionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await this.lock(manager, id);
      if (strategy.state !== from) throw conflict('strategy.wrong-state', { context: { state: strategy.state } });
      await manager.update(Strategy, { id }, { state: to });
      return this.answer(manager, id);
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<Strategy> {
    const strategy = await manager.findOne(Strategy, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!strategy) throw notFound('strategy.not-found');
    return strategy;
  }

  private async mappingProblems(manager: EntityManager, strategy: Strategy, entries: readonly FocusAreaMappingEntry[]) {
    const [previous, own] = await Promise.all([
      strategy.basedOnId ? manager.find(FocusArea, { where: { strategyId: strategy.basedOnId } }) : Promise.resolve([]),
      manager.find(FocusArea, { where: { strategyId: strategy.id } }),
    ]);
    return checkMapping(
      previous.map((a) => a.code),
      own.map((a) => a.code),
      entries,
    );
  }

  private async answer(manager: EntityManager, id: string): Promise<StrategyVersionResponse> {
    return (await loadVersion(manager, id)) as StrategyVersionResponse;
  }
}
