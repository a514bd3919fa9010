import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FocusAreaResponse } from '@samverkan/strategy/contract';
import { findCurrentFocusAreas } from './current-focus-areas';
import { CURRENT_FOCUS_AREAS, CURRENT_STRATEGY, EARLIER_STRATEGIES } from './current-strategy.seed';
import { CURRENT_STRATEGY_TEXT } from './current-strategy.text';
import { FocusArea, Strategy, StrategyPosition } from './strategy.entity';

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
 * Makes sure the strategy versions exist (idempotent: runs at every start): the 2016 and 2020 versions
 * by name, replaced and without text; the current strategy with its six focus areas, its text and its
 * positions. The current one is adopted when first created and its state is never touched again (a
 * later version may have replaced it); its text and positions are filled only where still empty.
 * Returns the current strategy's id.
 */
export async function seedCurrentStrategy(manager: EntityManager): Promise<string> {
  const strategies = manager.getRepository(Strategy);
  await manager
    .createQueryBuilder()
    .insert()
    .into(Strategy)
    .values(EARLIER_STRATEGIES.map((s) => ({ ...s, state: 'replaced' as const })))
    .orIgnore()
    .execute();
  let strategy = await strategies.findOneBy({ version: CURRENT_STRATEGY.version });
  if (!strategy) {
    const adopted = await strategies.existsBy({ state: 'adopted' });
    strategy = await strategies.save(
      strategies.create({
        ...CURRENT_STRATEGY,
        state: adopted ? 'replaced' : 'adopted',
        preamble: CURRENT_STRATEGY_TEXT.preamble,
        vision: CURRENT_STRATEGY_TEXT.vision,
      }),
    );
  }
  await manager.query(`UPDATE strategies SET preamble = $2, vision = $3 WHERE id = $1 AND preamble = '' AND vision = ''`, [
    strategy.id,
    CURRENT_STRATEGY_TEXT.preamble,
    CURRENT_STRATEGY_TEXT.vision,
  ]);
  await manager
    .createQueryBuilder()
    .insert()
    .into(FocusArea)
    .values(CURRENT_FOCUS_AREAS.map((area, position) => ({ ...area, position, strategyId: strategy.id })))
    .orUpdate(['title_sv', 'title_en', 'description_sv', 'description_en', 'position'], ['strategy_id', 'code'])
    .execute();
  const areas = await manager.getRepository(FocusArea).find({ where: { strategyId: strategy.id }, relations: { positions: true } });
  for (const area of areas) {
    const text = (CURRENT_STRATEGY_TEXT.focusAreas as Record<string, { text: string; positions: readonly string[] }>)[area.code];
    if (!text) continue;
    if (!area.textSv) await manager.update(FocusArea, { id: area.id }, { textSv: text.text });
    if (!area.positions?.length) {
      await manager.insert(
        StrategyPosition,
        text.positions.map((textSv, position) => ({ focusAreaId: area.id, position, textSv })),
      );
    }
  }
  return strategy.id;
}
