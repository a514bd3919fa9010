/** A copy of `items` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= result.length) return result;
  const target = Math.min(Math.max(to, 0), result.length - 1);
  const [moved] = result.splice(from, 1);
  result.splice(target, 0, moved);
  return result;
}

/** The ids in order, as `PUT /api/meetings/:id/items/order` wants them. */
export function idsOf(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}
