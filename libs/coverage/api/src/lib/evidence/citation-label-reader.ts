import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EvidenceKind } from '@samverkan/strategy/contract';
import { CitationLabelSource, type CitedLabel } from '@samverkan/strategy/api';
import { REF_LABELS_SQL, type RefLabelRow } from './evidence.sql';

/** The labels of cited evidence, read from the domains that hold it (one query for any number). */
@Injectable()
export class CitationLabelReader extends CitationLabelSource {
  async labels(manager: EntityManager, refs: ReadonlyArray<{ kind: EvidenceKind; refId: string }>): Promise<CitedLabel[]> {
    if (!refs.length) return [];
    const rows = await manager.query<RefLabelRow[]>(REF_LABELS_SQL, [refs.map((r) => r.kind), refs.map((r) => r.refId)]);
    return rows.map((r) => ({ kind: r.kind as EvidenceKind, id: r.id, label: r.label, conferenceTitle: r.conference_title }));
  }
}

/**
 * Provides the strategy domain's CitationLabelSource everywhere: the strategy module comes before the
 * domains whose rows a citation points at, so it cannot import them, and asks through this port.
 */
@Global()
@Module({ providers: [{ provide: CitationLabelSource, useClass: CitationLabelReader }], exports: [CitationLabelSource] })
export class CitationLabelsModule {}
