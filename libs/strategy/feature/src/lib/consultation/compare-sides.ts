import type { WordChange } from '@samverkan/strategy/contract';

/**
 * A diff split into its two sides, for a side-by-side view: the older text (kept and removed words)
 * and the newer text (kept and added words).
 */
export function sides(words: readonly WordChange[]): { before: WordChange[]; after: WordChange[] } {
  return {
    before: words.filter((w) => w.kind !== 'added'),
    after: words.filter((w) => w.kind !== 'removed'),
  };
}

/** Whether anything in the runs changed. */
export function hasChanges(words: readonly WordChange[]): boolean {
  return words.some((w) => w.kind !== 'same');
}
