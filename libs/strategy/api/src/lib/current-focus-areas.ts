import { In, type EntityManager } from 'typeorm';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { refused } from '@samverkan/shared/api-http';
import { FocusArea } from './strategy.entity';

/**
 * The current (adopted) strategy's focus areas in the strategy's order: those with these codes (unknown codes
 * are left out), or all of them when no codes are given.
 */
export async function findCurrentFocusAreas(manager: EntityManager, codes?: readonly FocusAreaCode[]): Promise<FocusArea[]> {
  if (codes && !codes.length) return [];
  const qb = manager
    .getRepository(FocusArea)
    .createQueryBuilder('f')
    .innerJoin('f.strategy', 's', `s.state = 'adopted'`)
    .orderBy('f.position');
  if (codes) qb.where({ code: In([...codes]) });
  return qb.getMany();
}

/**
 * The current strategy's focus areas with these codes; a code the current strategy does not have is
 * refused (422, `strategy.unknown-focus-area`, the field named in `errors`).
 */
export async function resolveCurrentFocusAreas(
  manager: EntityManager,
  codes: readonly FocusAreaCode[],
  field = 'focusAreaCodes',
): Promise<FocusArea[]> {
  const areas = await findCurrentFocusAreas(manager, codes);
  if (areas.length !== new Set(codes).size) throw refused('strategy.unknown-focus-area', { errors: { [field]: 'unknown' } });
  return areas;
}
