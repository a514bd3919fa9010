import { In, type EntityManager } from 'typeorm';
import type { FocusAreaCode, StrategyContentRequest } from '@samverkan/strategy/contract';
import { badRequest } from '@samverkan/shared/api-http';
import { FocusArea, FocusAreaMapping, Strategy, StrategyPosition } from '../strategy.entity';

/**
 * Writes a version's whole text (inside the caller's transaction, the version locked): title, preamble,
 * vision, and the focus areas in the order given. An area keeps its row when its code stays; a position
 * given with its id keeps its row (and so its later citations and comments) wherever it moves, even to
 * another area of the version; what is not given is deleted. Mapping targets that no longer exist are
 * dropped (adoption then asks for the mapping again). Refuses, before writing anything, two areas with
 * one code (400 `strategy.duplicate-focus-area`) and a position id not of this version or given twice
 * (400 `strategy.unknown-position`).
 */
export async function writeContent(manager: EntityManager, strategy: Strategy, content: StrategyContentRequest): Promise<void> {
  const codes = content.focusAreas.map((area) => area.code);
  const repeatedCode = codes.findIndex((code, i) => codes.indexOf(code) !== i);
  if (repeatedCode >= 0)
    throw badRequest('strategy.duplicate-focus-area', { errors: { [`focusAreas.${repeatedCode}.code`]: 'duplicate' } });

  const existingAreas = await manager.find(FocusArea, { where: { strategyId: strategy.id } });
  const existingPositions = existingAreas.length
    ? await manager.find(StrategyPosition, { where: { focusAreaId: In(existingAreas.map((a) => a.id)) } })
    : [];
  const known = new Set(existingPositions.map((p) => p.id));
  const given = new Set<string>();
  content.focusAreas.forEach((area, i) =>
    area.positions.forEach((position, j) => {
      if (!position.id) return;
      if (!known.has(position.id) || given.has(position.id)) {
        throw badRequest('strategy.unknown-position', { errors: { [`focusAreas.${i}.positions.${j}.id`]: 'unknown' } });
      }
      given.add(position.id);
    }),
  );

  await manager.update(Strategy, { id: strategy.id }, { titleSv: content.title, preamble: content.preamble, vision: content.vision });
  const areaByCode = new Map(existingAreas.map((area) => [area.code as string, area]));
  const keptAreaIds = new Set<string>();
  for (const [index, input] of content.focusAreas.entries()) {
    const values = { position: index, titleSv: input.titleSv, titleEn: input.titleEn, textSv: input.text };
    let area = areaByCode.get(input.code);
    if (area) await manager.update(FocusArea, { id: area.id }, values);
    else {
      // A new area has no summary for the focus-area pages yet: the strategy's own text stands in for it.
      area = await manager.save(
        manager.create(FocusArea, {
          ...values,
          strategyId: strategy.id,
          code: input.code as FocusAreaCode,
          descriptionSv: input.text,
          descriptionEn: '',
        }),
      );
    }
    keptAreaIds.add(area.id);
    for (const [position, p] of input.positions.entries()) {
      if (p.id) await manager.update(StrategyPosition, { id: p.id }, { focusAreaId: area.id, position, textSv: p.text });
      else await manager.insert(StrategyPosition, { focusAreaId: area.id, position, textSv: p.text });
    }
  }
  const droppedPositions = existingPositions.filter((p) => !given.has(p.id)).map((p) => p.id);
  if (droppedPositions.length) await manager.delete(StrategyPosition, { id: In(droppedPositions) });
  const droppedAreas = existingAreas.filter((a) => !keptAreaIds.has(a.id)).map((a) => a.id);
  if (droppedAreas.length) await manager.delete(FocusArea, { id: In(droppedAreas) });
  await manager
    .createQueryBuilder()
    .delete()
    .from(FocusAreaMapping)
    .where('strategy_id = :id AND to_code IS NOT NULL AND NOT (to_code = ANY(:codes))', { id: strategy.id, codes })
    .execute();
}
