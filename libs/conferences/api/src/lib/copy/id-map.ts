import { randomUUID } from 'node:crypto';

/** A fresh id for each of `ids`: copiers insert rows with these so they know which copy is which. */
export function newIds(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id) => [id, randomUUID()]));
}

/** The map as two parallel arrays, for `unnest($1::uuid[], $2::uuid[]) AS m(old_id, new_id)`. */
export function idColumns(map: ReadonlyMap<string, string>): [string[], string[]] {
  return [[...map.keys()], [...map.values()]];
}
