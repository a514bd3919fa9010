import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import {
  DEFAULT_SUGGESTION_MIN_CONFERENCES,
  EVIDENCE_PAGE_CONFERENCES,
  type AddCitationRequest,
  type EvidenceEntry,
  type EvidenceKind,
  type EvidenceRef,
  type StrategyCitationsResponse,
  type StrategyEvidenceQuery,
  type StrategyEvidenceResponse,
  type StrategySuggestionsResponse,
} from '@samverkan/strategy/contract';
import { preparedQuery } from '@samverkan/shared/api-database';
import { badRequest, notFound } from '@samverkan/shared/api-http';
import { CitationLabelSource, StrategyCitationsService, translationPairs } from '@samverkan/strategy/api';
import { pageEntries, pageOf, stepsToVersion, suggestAreas } from './evidence-rules';
import * as SQL from './evidence.sql';

type Filters = Omit<StrategyEvidenceQuery, 'focusArea'>;

/** A version's areas, the translation of older codes into them, and the default window. */
interface VersionContext {
  codes: string[];
  pairs: Array<{ from: string; to: string }>;
  since: Date | null;
}

/**
 * Drafting with evidence: what the conferences since the previous version treated per focus area of a
 * version (codes of older versions translated with the stored mappings), the citations of its
 * positions with their labels resolved now, and the areas many conferences treated that no position
 * cites. Reads conferences, agenda, proposals, minutes, registrations and evaluations: the coverage
 * domain, which comes after all of them; the citations themselves are the strategy domain's.
 */
@Injectable()
export class StrategyEvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly citations: StrategyCitationsService,
    private readonly labels: CitationLabelSource,
  ) {}

  async evidence(id: string, query: StrategyEvidenceQuery): Promise<StrategyEvidenceResponse> {
    const version = await this.context(id);
    if (!version.codes.includes(query.focusArea)) {
      throw badRequest('strategy.unknown-focus-area', { errors: { focusArea: 'unknown' } });
    }
    const pairs = version.pairs.filter((p) => p.to === query.focusArea);
    const window = this.window(query, version.since);
    const offset = query.offset ?? 0;
    const limit = query.limit ?? EVIDENCE_PAGE_CONFERENCES;
    const conferences = await preparedQuery<SQL.WindowConferenceRow>(
      this.dataSource,
      'evidence-window',
      SQL.WINDOW_CONFERENCES_SQL,
      window,
    );
    const rows = await this.pageRows(conferences, pairs, offset, limit);
    const totals = rows.find((r) => r.kind === null);
    const entries = pageEntries(rows, conferences);
    return {
      strategyId: id,
      focusArea: query.focusArea,
      codes: [...new Set(pairs.map((p) => p.from))].sort(),
      since: query.fromYear || query.toYear ? null : (version.since?.toISOString() ?? null),
      fromYear: query.fromYear ?? null,
      toYear: query.toYear ?? null,
      conferences: conferences.map((c) => ({ id: c.id, title: c.title, startsOn: c.starts_on })),
      entries,
      page: pageOf(offset, limit, totals?.total_conferences ?? 0, totals?.total_entries ?? 0),
    };
  }

  async suggestions(
    id: string,
    filters: Filters & { minConferences?: number },
    user: AuthenticatedUser,
  ): Promise<StrategySuggestionsResponse> {
    const minConferences = filters.minConferences ?? DEFAULT_SUGGESTION_MIN_CONFERENCES;
    const version = await this.context(id);
    const [rows, positions] = await Promise.all([
      this.entryRows(this.window(filters, version.since), version.pairs),
      this.citations.positions(id, user),
    ]);
    const cited = new Set(positions.flatMap((p) => p.citations.map((c) => `${c.kind}:${c.refId}`)));
    const entries = rows.map((r) => ({ kind: r.kind as EvidenceKind, id: r.id, code: r.code, conferenceId: r.conference_id }));
    return { strategyId: id, minConferences, suggestions: suggestAreas(version.codes, entries, cited, minConferences) };
  }

  /** Each position of the version with its footnotes, labels resolved now (gone: `removed`). */
  citationsOf(id: string, user?: AuthenticatedUser): Promise<StrategyCitationsResponse> {
    return this.citations.resolved(id, user);
  }

  /** Cites an entry that exists now (400 `strategy.unknown-evidence` otherwise, nothing written). */
  async addCitation(id: string, body: AddCitationRequest, user: AuthenticatedUser): Promise<StrategyCitationsResponse> {
    await this.citations.add(id, body, (manager, ref) => this.exists(manager, ref));
    return this.citationsOf(id, user);
  }

  async removeCitation(id: string, citationId: string, user: AuthenticatedUser): Promise<StrategyCitationsResponse> {
    await this.citations.remove(id, citationId);
    return this.citationsOf(id, user);
  }

  private async exists(manager: EntityManager, ref: EvidenceRef): Promise<boolean> {
    const [row] = await this.labels.labels(manager, [{ kind: ref.kind, refId: ref.id }]);
    return typeof row?.label === 'string';
  }

  private pageRows(
    conferences: SQL.WindowConferenceRow[],
    pairs: Array<{ from: string; to: string }>,
    offset: number,
    limit: number,
  ): Promise<SQL.PageRow[]> {
    if (!pairs.length || !conferences.length) return Promise.resolve([]);
    return preparedQuery<SQL.PageRow>(this.dataSource, 'evidence-page', SQL.ENTRIES_PAGE_SQL, [
      conferences.map((c) => c.id),
      conferences.map((c) => c.title),
      conferences.map((c) => c.starts_on),
      pairs.map((p) => p.from),
      pairs.map((p) => p.to),
      offset,
      limit,
    ]);
  }

  private entryRows(window: unknown[], pairs: Array<{ from: string; to: string }>): Promise<SQL.EntryRow[]> {
    if (!pairs.length) return Promise.resolve([]);
    return this.dataSource.query<SQL.EntryRow[]>(SQL.ENTRIES_SQL, [...window, pairs.map((p) => p.from), pairs.map((p) => p.to)]);
  }

  private window(filters: Filters, since: Date | null): unknown[] {
    const years = filters.fromYear !== undefined || filters.toYear !== undefined;
    return [
      filters.fromYear ?? null,
      filters.toYear ?? null,
      filters.conferenceIds?.length ? filters.conferenceIds : null,
      years ? null : since,
    ];
  }

  /**
   * The version's codes, the translation of every older code into them, and when the version it was
   * based on was adopted (the default start of the window; none for a version based on nothing).
   */
  private async context(id: string): Promise<VersionContext> {
    const rows = await preparedQuery<SQL.VersionLinkRow>(this.dataSource, 'strategy-version-links', SQL.VERSIONS_SQL, []);
    const version = rows.find((r) => r.id === id);
    if (!version) throw notFound('strategy.not-found');
    const links = rows.map((r) => ({ id: r.id, basedOnId: r.based_on_id, mapping: r.mapping }));
    const previous = version.based_on_id ? rows.find((r) => r.id === version.based_on_id) : undefined;
    return {
      codes: version.codes,
      pairs: translationPairs([], stepsToVersion(links, id), version.codes),
      since: previous?.adopted_at ? new Date(previous.adopted_at) : null,
    };
  }
}
