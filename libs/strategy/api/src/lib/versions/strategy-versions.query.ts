import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { StrategyDiffResponse, StrategyVersionResponse, StrategyVersionSummary } from '@samverkan/strategy/contract';
import { notFound } from '@samverkan/shared/api-http';
import { FocusArea, FocusAreaMapping, Strategy, StrategyPosition } from '../strategy.entity';
import { groupMapping } from './focus-area-mapping';
import { diffVersions } from './strategy-diff';
import { canSeeVersion, PUBLIC_STATES } from './strategy-visibility';

/** Reads of the strategy versions: the list, one version with its text, and the comparison of two. */
@Injectable()
export class StrategyVersionsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Oldest first (see sortVersions); drafts and consultations only to `strategy.read-drafts`. */
  async list(user?: AuthenticatedUser): Promise<StrategyVersionSummary[]> {
    const where = canSeeVersion('draft', user?.roles) ? {} : { state: In([...PUBLIC_STATES]) };
    return sortVersions(await this.dataSource.getRepository(Strategy).find({ where })).map(toSummary);
  }

  /** One version with its focus areas, positions and mapping; a draft to someone who may not see it is 404. */
  async get(id: string, user?: AuthenticatedUser): Promise<StrategyVersionResponse> {
    const version = await loadVersion(this.dataSource.manager, id);
    if (!version || !canSeeVersion(version.state, user?.roles)) throw notFound('strategy.not-found');
    return version;
  }

  /** `id` compared with `against` (the older side), per focus area and position, words marked. */
  async diff(id: string, against: string, user?: AuthenticatedUser): Promise<StrategyDiffResponse> {
    const [other, base] = await Promise.all([this.get(id, user), this.get(against, user)]);
    return diffVersions(base, other);
  }
}

/**
 * A version with its text, in four queries (version, areas, positions, mapping); null when missing.
 * Used by the reads and, inside their transactions, by the commands to answer with the result.
 */
export async function loadVersion(manager: EntityManager, id: string): Promise<StrategyVersionResponse | null> {
  const strategy = await manager.findOneBy(Strategy, { id });
  if (!strategy) return null;
  const areas = await manager.find(FocusArea, { where: { strategyId: id }, order: { position: 'ASC' } });
  const [positions, mapping] = await Promise.all([
    areas.length
      ? manager.find(StrategyPosition, { where: { focusAreaId: In(areas.map((a) => a.id)) }, order: { position: 'ASC' } })
      : Promise.resolve([]),
    manager.find(FocusAreaMapping, { where: { strategyId: id }, order: { fromCode: 'ASC', toCode: 'ASC' } }),
  ]);
  const focusAreas = areas.map((area) => ({
    code: area.code as string,
    titleSv: area.titleSv,
    titleEn: area.titleEn,
    text: area.textSv,
    positions: positions.filter((p) => p.focusAreaId === area.id).map((p) => ({ id: p.id, text: p.textSv })),
  }));
  return {
    ...toSummary(strategy),
    version: strategy.version,
    preamble: strategy.preamble,
    vision: strategy.vision,
    hasText: Boolean(strategy.preamble || strategy.vision || areas.length),
    basedOnId: strategy.basedOnId,
    adoptedMeetingId: strategy.adoptedMeetingId,
    adoptedDecisionId: strategy.adoptedDecisionId,
    focusAreas,
    mapping: groupMapping(mapping),
  };
}

export function toSummary(s: Strategy): StrategyVersionSummary {
  return { id: s.id, title: s.titleSv, state: s.state, adoptedAt: s.adoptedAt ? s.adoptedAt.toISOString() : null };
}

/**
 * The order of the list: adopted and replaced versions by date, those without a recorded date by their
 * label (the 2016 and 2020 versions, before the dated ones), then drafts and consultations.
 */
function sortVersions(rows: Strategy[]): Strategy[] {
  const rank = (s: Strategy) => (PUBLIC_STATES.includes(s.state) ? 0 : 1);
  const key = (s: Strategy) => (s.adoptedAt ? `1${s.adoptedAt.toISOString()}` : `0${s.version}`);
  return [...rows].sort((a, b) => rank(a) - rank(b) || key(a).localeCompare(key(b)));
}
