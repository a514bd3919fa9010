import type { EntityManager } from 'typeorm';
import type { EvidenceKind } from '@samverkan/strategy/contract';

/** What a citation points at, as it reads now; null label: the target is gone. */
export interface CitedLabel {
  kind: EvidenceKind;
  id: string;
  label: string | null;
  conferenceTitle: string | null;
}

/**
 * Reads the labels of cited evidence (themes, programme items, proposals, decisions, …). The evidence
 * lives in the domains after this one, so the coverage domain, which may read them all, provides it
 * (a global provider); the strategy domain only asks.
 */
export abstract class CitationLabelSource {
  abstract labels(manager: EntityManager, refs: ReadonlyArray<{ kind: EvidenceKind; refId: string }>): Promise<CitedLabel[]>;
}
