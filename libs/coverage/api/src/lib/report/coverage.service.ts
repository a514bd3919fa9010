import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_LAST_N,
  DEFAULT_MIN_SHARE,
  PARTICIPANT_TYPES,
  type CoverageConference,
  type CoverageItem,
  type CoverageItemsQuery,
  type CoverageQuery,
  type CoverageReport,
  type CoverageSource,
  type ParticipantMix,
  type ParticipantType,
} from '@samverkan/coverage/contract';
import { FOCUS_AREA_CODES, type FocusAreaCode } from '@samverkan/strategy/contract';
import { loadAdoptedAreasWithHistory } from '@samverkan/strategy/api';
import { notFound } from '@samverkan/shared/api-http';
import { CELLS_SQL, CONFERENCES_SQL, ITEMS_SQL, MIX_SQL, UNSCHEDULED_SQL, type CellRow, type ConferenceRow } from './coverage.sql';
import { buildGrid, emptyCounts, findGaps, lastConferences, suggest } from './coverage-analysis';

/**
 * The focus-area coverage report. Five queries whatever the number of conferences (a test counts
 * them): the adopted focus areas with the translation of older codes, then conferences with programme
 * time, the area × conference figures, the participant mix, and accepted proposals not yet on an
 * agenda; everything else is arithmetic.
 */
@Injectable()
export class CoverageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(query: CoverageQuery): Promise<CoverageReport> {
    const minShare = query.minShare ?? DEFAULT_MIN_SHARE;
    const lastN = query.lastN ?? DEFAULT_LAST_N;
    const params = selectionParams(query);
    const { areas, pairs } = await this.focusAreas();
    const translation = [pairs.map((p) => p.from), pairs.map((p) => p.to)];
    const [conferenceRows, cellRows, mixRows, unscheduled] = await Promise.all([
      this.dataSource.query<ConferenceRow[]>(CONFERENCES_SQL, params),
      this.dataSource.query<CellRow[]>(CELLS_SQL, [...params, ...translation]),
      this.dataSource.query<Array<{ conference_id: string; type: ParticipantType; n: number }>>(MIX_SQL, params),
      this.dataSource.query<Array<{ code: string; n: number }>>(UNSCHEDULED_SQL, translation),
    ]);

    const mixById = new Map<string, ParticipantMix>();
    for (const row of conferenceRows) mixById.set(row.id, { conferenceId: row.id, counts: emptyCounts(), total: 0 });
    for (const row of mixRows) {
      const mix = mixById.get(row.conference_id);
      if (!mix || !(PARTICIPANT_TYPES as readonly string[]).includes(row.type)) continue;
      mix.counts[row.type] += row.n;
      mix.total += row.n;
    }
    const conferences: CoverageConference[] = conferenceRows.map((row) => ({
      id: row.id,
      source: row.source,
      title: row.title,
      startsOn: row.starts_on,
      year: Number(row.starts_on.slice(0, 4)),
      status: row.status,
      programmeMinutes: row.programme_minutes,
      participants: mixById.get(row.id)?.total ?? 0,
    }));
    const codes = areas.map((a) => a.code);
    const known = new Set<string>(codes);
    const rows = cellRows
      .filter((row) => known.has(row.code))
      .map((row) => ({
        conferenceId: row.conference_id,
        code: row.code,
        themes: row.themes,
        items: row.items,
        minutes: row.minutes,
        proposalsSubmitted: row.submitted,
        proposalsAccepted: row.accepted,
        signups: row.signups,
        evaluationWishes: row.wishes,
      }));
    const { cells, byYear, totals } = buildGrid(codes, conferences, rows);
    const gaps = findGaps(codes, conferences, cells, minShare, lastN);
    const participantMix = conferences.map((c) => mixById.get(c.id) as ParticipantMix);
    const recentIds = new Set(lastConferences(conferences, lastN).map((c) => c.id));
    const suggestions = suggest(
      gaps,
      new Map(unscheduled.map((row) => [row.code, row.n])),
      participantMix.filter((mix) => recentIds.has(mix.conferenceId)),
    );
    return {
      query: { ...query, minShare, lastN },
      focusAreas: areas.map((area) => ({ ...area, totals: totals.get(area.code) as CoverageReport['focusAreas'][number]['totals'] })),
      conferences,
      years: [...new Set(conferences.map((c) => c.year))].sort((a, b) => a - b),
      cells,
      byYear,
      participantMix,
      gaps,
      suggestions,
    };
  }

  /** What lies behind a number: themes, agenda items, proposals and imported sessions of one area. One query. */
  async items(query: CoverageItemsQuery): Promise<CoverageItem[]> {
    const { pairs } = await this.focusAreas();
    const codes = [query.focusArea as string, ...pairs.filter((p) => p.to === query.focusArea).map((p) => p.from)];
    const params = [...selectionParams(query), [...new Set(codes)], query.conferenceId ?? null];
    const rows = await this.dataSource.query<
      Array<{
        kind: CoverageItem['kind'];
        id: string;
        conference_id: string;
        conference_title: string;
        title: string;
        minutes: number | null;
        state: string | null;
        signups: number;
        source: CoverageSource;
      }>
    >(ITEMS_SQL, params);
    return rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      conferenceId: row.conference_id,
      conferenceTitle: row.conference_title,
      title: row.title,
      minutes: row.minutes,
      state: row.state,
      signups: row.signups,
      link: itemLink(row.kind, row.id, row.conference_id),
    }));
  }

  /**
   * The adopted strategy's focus areas, and how the codes of earlier versions translate into them, so
   * conferences tagged under an earlier strategy count under today's areas (one query).
   */
  private async focusAreas(): Promise<{
    areas: Array<{ code: FocusAreaCode; titleSv: string; titleEn: string }>;
    pairs: Array<{ from: string; to: string }>;
  }> {
    const adopted = await loadAdoptedAreasWithHistory(this.dataSource.manager, FOCUS_AREA_CODES);
    if (!adopted) throw notFound('strategy.none-current');
    // A later version may use codes beyond the six (FOCUS_AREA_CODE_PATTERN); the report passes them on as they are.
    return { areas: adopted.areas.map((area) => ({ ...area, code: area.code as FocusAreaCode })), pairs: adopted.pairs };
  }
}

function selectionParams(query: Pick<CoverageQuery, 'fromYear' | 'toYear' | 'conferenceIds'>): unknown[] {
  return [query.fromYear ?? null, query.toYear ?? null, query.conferenceIds?.length ? query.conferenceIds : null];
}

function itemLink(kind: CoverageItem['kind'], id: string, conferenceId: string): string | null {
  switch (kind) {
    case 'proposal':
      return `/programradet/forslag/${id}`;
    case 'theme':
      return `/konferenser/${conferenceId}`;
    case 'agenda-item':
      return `/konferenser/${conferenceId}/program`;
    default:
      return null;
  }
}
