import type { EvidenceKind } from '@samverkan/strategy/contract';

/** A stored citation as the footnote rule needs it. */
export interface CitationRow {
  id: string;
  positionId: string;
  kind: EvidenceKind;
  refId: string;
}

/** A position in the version's order (areas, then positions within an area). */
export interface OrderedPosition {
  positionId: string;
  focusAreaCode: string;
}

export interface NumberedPosition<C extends CitationRow> {
  positionId: string;
  focusAreaCode: string;
  /** False: the position is "not supported by conference work". */
  supported: boolean;
  citations: Array<C & { number: number }>;
}

/**
 * Footnotes for a version: citations numbered 1… in the order of the positions, and within a position
 * in the order given (oldest first). The same evidence cited by two positions gets the number it got
 * first, so a footnote is one source. A position with no citation is not supported by conference work.
 */
export function numberFootnotes<C extends CitationRow>(
  positions: readonly OrderedPosition[],
  citations: readonly C[],
): Array<NumberedPosition<C>> {
  const numbers = new Map<string, number>();
  return positions.map((p) => {
    const own = citations
      .filter((c) => c.positionId === p.positionId)
      .map((c) => {
        const key = `${c.kind}:${c.refId}`;
        if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
        return { ...c, number: numbers.get(key) as number };
      });
    return { positionId: p.positionId, focusAreaCode: p.focusAreaCode, supported: own.length > 0, citations: own };
  });
}
