import type { CitationResponse, EvidenceKind, PositionCitationsResponse, StrategyCitationsResponse } from '@samverkan/strategy/contract';

/** The translation key of an evidence kind. */
export function kindKey(kind: EvidenceKind): string {
  return `strategyEvidence.kind.${kind}`;
}

/** The citations answer by position id; positions the answer does not know are absent. */
export function byPosition(answer: StrategyCitationsResponse | null | undefined): Map<string, PositionCitationsResponse> {
  return new Map((answer?.positions ?? []).map((p) => [p.positionId, p]));
}

/**
 * The footnotes under an area: each cited entry of its positions once, by footnote number (the API numbers
 * the same evidence once through the version, so two positions citing it share a footnote).
 */
export function areaFootnotes(answer: StrategyCitationsResponse | null | undefined, positionIds: readonly string[]): CitationResponse[] {
  const own = new Set(positionIds);
  const byNumber = new Map<number, CitationResponse>();
  for (const p of answer?.positions ?? []) {
    if (!own.has(p.positionId)) continue;
    for (const c of p.citations) if (!byNumber.has(c.number)) byNumber.set(c.number, c);
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** Whether a position shows the "not supported by conference work" marker: known to the answer, no citation. */
export function isUnsupported(answer: StrategyCitationsResponse | null | undefined, positionId: string): boolean {
  const p = byPosition(answer).get(positionId);
  return Boolean(p && !p.supported);
}
