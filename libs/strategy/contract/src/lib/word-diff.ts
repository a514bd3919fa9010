import type { WordChange } from './strategy-versions';

/**
 * Word-level difference between two texts (longest common subsequence of the words): runs of words
 * kept, added (only in `after`) and removed (only in `before`), in reading order. Whitespace is not
 * compared; the runs are joined by single spaces.
 */
export function diffWords(before: string, after: string): WordChange[] {
  const a = words(before);
  const b = words(after);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: WordChange[] = [];
  const push = (kind: WordChange['kind'], word: string) => {
    const last = out.at(-1);
    if (last?.kind === kind) last.text += ` ${word}`;
    else out.push({ kind, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      // Removals before additions within a changed stretch: "old new" reads naturally.
      if (i < a.length && lcs[i + 1][j] === lcs[i][j + 1]) {
        push('removed', a[i]);
        i++;
      } else {
        push('added', b[j]);
        j++;
      }
    } else {
      push('removed', a[i]);
      i++;
    }
  }
  return out;
}

/** Whether a diff has any change. */
export function changed(changes: readonly WordChange[]): boolean {
  return changes.some((c) => c.kind !== 'same');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
