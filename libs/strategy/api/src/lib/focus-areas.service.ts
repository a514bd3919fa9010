import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import { findCurrentFocusAreas } from './current-focus-areas';
import { CURRENT_FOCUS_AREAS, CURRENT_STRATEGY } from './current-strategy.seed';
import { FocusArea, Strategy } from './strategy.entity';

@Injectable()
export class FocusAreasService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The focus areas of the current strategy, in the strategy's order. */
  async listCurrent(): Promise<FocusAreaResponse[]> {
    return (await findCurrentFocusAreas(this.dataSource.manager)).map(toFocusAreaResponse);
  }
}

export function toFocusAreaResponse(f: FocusArea): FocusAreaResponse {
  return { code: f.code, titleSv: f.titleSv, titleEn: f.titleEn, descriptionSv: f.descriptionSv, descriptionEn: f.descriptionEn };
}

/**
 * Makes sure the current strategy and its six focus areas exist and match the seed (idempotent: runs at
 * every start). Returns the strategy id.
 */
export async function seedCurrentStrategy(manager: EntityManager): Promise<string> {
  const strategies = manager.getRepository(Strategy);
  let strategy = await strategies.findOneBy({ version: CURRENT_STRATEGY.version });
  if (!strategy) {
    await strategies.update({ current: true }, { current: false });
    strategy = await strategies.save(strategies.create({ ...CURRENT_STRATEGY, current: true }));
  }
  await manager
    .createQueryBuilder()
    .insert()
    .into(FocusArea)
    .values(CURRENT_FOCUS_AREAS.map((area, position) => ({ ...area, position, strategyId: strategy.id })))
    .orUpdate(['title_sv', 'title_en', 'description_sv', 'description_en', 'position'], ['strategy_id', 'code'])
    .execute();
  return strategy.id;
}
