import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { Conference } from '@samverkan/conferences/api';
import { gapAreasOf, type FocusAreaGap, type ProposalGapsResponse, type ProposalSummaryResponse } from '@samverkan/proposals/contract';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

/** What a later domain (the agenda) answers for some conferences: each one's focus-area shares. */
export interface ConferenceShares {
  minShare: number;
  programmeMinutes: number;
  areas: ReadonlyArray<{ focusAreaCode: FocusAreaCode; share: number; short: boolean }>;
}

export type SharesSource = (manager: EntityManager, conferenceIds: readonly string[]) => Promise<ReadonlyMap<string, ConferenceShares>>;

/**
 * Which focus areas a conference is short of, for the proposals' "fills a gap" marker. The programme
 * lives in a later domain, so the agenda provides the shares (`provide`, at start-up) by the one share
 * rule; until it does, no area is short.
 */
@Injectable()
export class ProgrammeGaps {
  private source: SharesSource | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  provide(source: SharesSource): void {
    this.source = source;
  }

  /** GET /api/proposals/gaps: the conference asked for, or the next upcoming one. */
  async gaps(conferenceId: string | undefined): Promise<ProposalGapsResponse> {
    const manager = this.dataSource.manager;
    const conference = conferenceId
      ? await manager.getRepository(Conference).findOneBy({ id: conferenceId })
      : await this.nextConference(manager);
    if (!conference) return { conferenceId: null, conferenceTitle: null, minShare: 0, programmeMinutes: 0, shortAreas: [] };
    const shares = (await this.sharesOf(manager, [conference.id])).get(conference.id);
    return {
      conferenceId: conference.id,
      conferenceTitle: conference.titleSv,
      minShare: shares?.minShare ?? 0,
      programmeMinutes: shares?.programmeMinutes ?? 0,
      shortAreas: shortOf(shares),
    };
  }

  /**
   * Each proposal with `gapAreaCodes`: its areas short in its conference (or the next upcoming one when
   * it has none). One query (the next conference) and the source's two, whatever the number of proposals.
   */
  async mark<T extends ProposalSummaryResponse>(proposals: T[]): Promise<T[]> {
    if (!proposals.length) return proposals;
    const manager = this.dataSource.manager;
    // Asked whatever the page holds, so a list costs the same number of queries for any page.
    const next = await this.nextConference(manager);
    const ids = [...new Set(proposals.map((p) => p.targetConferenceId ?? next?.id).filter((id): id is string => !!id))];
    const shares = await this.sharesOf(manager, ids);
    return proposals.map((proposal) => {
      const conferenceId = proposal.targetConferenceId ?? next?.id;
      const short = conferenceId ? shortOf(shares.get(conferenceId)) : [];
      return { ...proposal, gapAreaCodes: gapAreasOf(proposal.focusAreaCodes, short) };
    });
  }

  /** The next conference that has not started, cancelled and archived ones aside. */
  private nextConference(manager: EntityManager): Promise<Conference | null> {
    return manager.getRepository(Conference).findOne({
      where: { startsAt: MoreThanOrEqual(new Date()), status: In(['draft', 'published']) },
      order: { startsAt: 'ASC' },
    });
  }

  private async sharesOf(manager: EntityManager, ids: readonly string[]): Promise<ReadonlyMap<string, ConferenceShares>> {
    if (!this.source || !ids.length) return new Map();
    return this.source(manager, ids);
  }
}

function shortOf(shares: ConferenceShares | undefined): FocusAreaGap[] {
  return (shares?.areas ?? []).filter((area) => area.short).map((area) => ({ focusAreaCode: area.focusAreaCode, share: area.share }));
}
