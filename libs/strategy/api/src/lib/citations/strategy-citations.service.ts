import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { AddCitationRequest, EvidenceRef, StrategyCitationsResponse } from '@samverkan/strategy/contract';
import { badRequest, conflict, notFound } from '@samverkan/shared/api-http';
import { Strategy } from '../strategy.entity';
import { canSeeVersion } from '../versions/strategy-visibility';
import { CitationLabelSource } from './citation-labels';
import { numberFootnotes, type CitationRow, type NumberedPosition } from './footnotes';
import { StrategyCitation } from './strategy-citation.entity';

/** Whether an evidence entry exists (the coverage domain, which reads the conferences, answers). */
export type EvidenceCheck = (manager: EntityManager, ref: EvidenceRef) => Promise<boolean>;

const POSITIONS_SQL = `
  SELECT p.id AS "positionId", f.code AS "focusAreaCode"
    FROM strategy_positions p JOIN focus_areas f ON f.id = p.focus_area_id
   WHERE f.strategy_id = $1
   ORDER BY f.position, p.position`;

const CITATIONS_SQL = `
  SELECT c.id, c.position_id AS "positionId", c.kind, c.ref_id AS "refId"
    FROM strategy_citations c JOIN strategy_positions p ON p.id = c.position_id JOIN focus_areas f ON f.id = p.focus_area_id
   WHERE f.strategy_id = $1
   ORDER BY c.created_at, c.id`;

/**
 * The citations of a version's positions: links to evidence entries, added and removed while the
 * version is a draft (409 `strategy.not-draft` otherwise), in one transaction with the version locked
 * (the same lock as editing the text, so a position cannot vanish meanwhile).
 */
@Injectable()
export class StrategyCitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly labels: CitationLabelSource,
  ) {}

  /** Every position of a visible version in order, with its citations numbered as footnotes. */
  async positions(id: string, user?: AuthenticatedUser): Promise<Array<NumberedPosition<CitationRow>>> {
    const strategy = await this.dataSource.manager.findOneBy(Strategy, { id });
    if (!strategy || !canSeeVersion(strategy.state, user?.roles)) throw notFound('strategy.not-found');
    const [positions, citations] = await Promise.all([
      this.dataSource.query(POSITIONS_SQL, [id]),
      this.dataSource.query(CITATIONS_SQL, [id]),
    ]);
    return numberFootnotes(positions, citations as CitationRow[]);
  }

  /** Each position of a visible version with its footnotes, labels resolved now (gone: `removed`). */
  async resolved(id: string, user?: AuthenticatedUser): Promise<StrategyCitationsResponse> {
    const positions = await this.positions(id, user);
    const all = positions.flatMap((p) => p.citations);
    const found = all.length ? await this.labels.labels(this.dataSource.manager, all) : [];
    const byRef = new Map(found.map((l) => [`${l.kind}:${l.id}`, l]));
    return {
      strategyId: id,
      positions: positions.map((p) => ({
        ...p,
        citations: p.citations.map((c) => {
          const target = byRef.get(`${c.kind}:${c.refId}`);
          const removed = !target || target.label === null;
          return { ...c, label: removed ? null : target.label, conferenceTitle: removed ? null : target.conferenceTitle, removed };
        }),
      })),
    };
  }

  /** Cites `{ kind, refId }` for a position of the draft; `exists` checks the evidence inside the transaction. */
  add(id: string, body: AddCitationRequest, exists: EvidenceCheck): Promise<{ id: string }> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockDraft(manager, id);
      const [position] = await manager.query(POSITIONS_SQL.replace('ORDER BY', 'AND p.id = $2 ORDER BY'), [id, body.positionId]);
      if (!position) throw badRequest('strategy.unknown-position', { errors: { positionId: 'unknown' } });
      if (!(await exists(manager, { kind: body.kind, id: body.refId }))) {
        throw badRequest('strategy.unknown-evidence', { errors: { refId: 'unknown' } });
      }
      if (await manager.existsBy(StrategyCitation, { positionId: body.positionId, kind: body.kind, refId: body.refId })) {
        throw conflict('strategy.already-cited');
      }
      const saved = await manager.save(
        manager.create(StrategyCitation, { positionId: body.positionId, kind: body.kind, refId: body.refId }),
      );
      return { id: saved.id };
    });
  }

  /** Removes a citation of the draft; 404 `strategy.citation-not-found` when it is not one of this version's. */
  remove(id: string, citationId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockDraft(manager, id);
      const [own] = await manager.query(CITATIONS_SQL.replace('ORDER BY', 'AND c.id = $2 ORDER BY'), [id, citationId]);
      if (!own) throw notFound('strategy.citation-not-found');
      await manager.delete(StrategyCitation, { id: citationId });
    });
  }

  private async lockDraft(manager: EntityManager, id: string): Promise<void> {
    const strategy = await manager.findOne(Strategy, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!strategy) throw notFound('strategy.not-found');
    if (strategy.state !== 'draft') throw conflict('strategy.not-draft', { context: { state: strategy.state } });
  }
}
