/**
 * What a position of a strategy version can cite: an entry of the evidence panel (what the conferences
 * treated), by kind and id. `participants` and `wishes` are per conference (the id is the conference's).
 */
export const EVIDENCE_KINDS = ['theme', 'programme-item', 'past-session', 'proposal', 'decision', 'participants', 'wishes'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The names of the kinds, one source for the web's evidence panel and footnotes and the API's PDF. */
export const EVIDENCE_KIND_LABELS: Record<'sv' | 'en', Record<EvidenceKind, string>> = {
  sv: {
    theme: 'Tema',
    'programme-item': 'Programpunkt',
    'past-session': 'Programpunkt (historik)',
    proposal: 'Antaget förslag',
    decision: 'Beslut',
    participants: 'Deltagare',
    wishes: 'Önskemål i utvärderingen',
  },
  en: {
    theme: 'Theme',
    'programme-item': 'Programme item',
    'past-session': 'Programme item (history)',
    proposal: 'Accepted proposal',
    decision: 'Decision',
    participants: 'Participants',
    wishes: 'Wishes in the evaluation',
  },
};

/** A stable reference to one evidence entry. */
export interface EvidenceRef {
  kind: EvidenceKind;
  id: string;
}

export interface AddCitationRequest {
  positionId: string;
  kind: EvidenceKind;
  refId: string;
}

/** One citation of a position, its label resolved now; `removed` when what it cites no longer exists. */
export interface CitationResponse {
  id: string;
  positionId: string;
  kind: EvidenceKind;
  refId: string;
  /** The footnote number, 1… through the version in the order of the areas and positions. */
  number: number;
  /** The cited entry's label (Swedish, as entered), or null when `removed`. */
  label: string | null;
  /** The conference the entry belongs to, when it still exists. */
  conferenceTitle: string | null;
  removed: boolean;
}

export interface PositionCitationsResponse {
  positionId: string;
  focusAreaCode: string;
  /** False: "not supported by conference work" (no citation). */
  supported: boolean;
  citations: CitationResponse[];
}

/** Every position of a version with its citations (footnotes) and whether conference work supports it. */
export interface StrategyCitationsResponse {
  strategyId: string;
  positions: PositionCitationsResponse[];
}
