import type { EvidenceKind, StrategyCitationsResponse } from './strategy-citations';

/** One footnote of the published strategy's appendix: the conference work a position builds on. */
export interface AppendixEntry {
  number: number;
  kind: EvidenceKind;
  label: string | null;
  conferenceTitle: string | null;
  removed: boolean;
}

/**
 * The footnotes of a published version: per position the numbers of its citations (each once), and the
 * appendix with every footnote once, in number order. The public page and the PDF both use it.
 */
export function publishedFootnotes(citations: StrategyCitationsResponse): { notes: Map<string, number[]>; appendix: AppendixEntry[] } {
  const notes = new Map<string, number[]>();
  const appendix = new Map<number, AppendixEntry>();
  for (const p of citations.positions) {
    notes.set(p.positionId, [...new Set(p.citations.map((c) => c.number))]);
    for (const c of p.citations)
      if (!appendix.has(c.number))
        appendix.set(c.number, { number: c.number, kind: c.kind, label: c.label, conferenceTitle: c.conferenceTitle, removed: c.removed });
  }
  return { notes, appendix: [...appendix.values()].sort((a, b) => a.number - b.number) };
}

/** A text's paragraphs: split at blank lines, trimmed, empty ones left out. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
