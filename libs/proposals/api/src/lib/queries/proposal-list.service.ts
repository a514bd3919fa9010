import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { ProposalQuery, ProposalSummaryResponse } from '@samverkan/proposals/contract';
import type { Page } from '@samverkan/shared/contract';
import { ProgrammeGaps } from '../gaps/programme-gaps';
import { Proposal } from '../proposal.entity';
import { filterProposals } from './proposal-filters';
import { summaryQuery, toSummary, type SummaryRow } from './proposal-summary.query';

/**
 * The review list: newest submissions first, two queries (page and total) whatever the page size, and
 * the gap marker's (`ProgrammeGaps.mark`).
 */
@Injectable()
export class ProposalListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmeGaps: ProgrammeGaps,
  ) {}

  async list(query: ProposalQuery, viewer: AuthenticatedUser): Promise<Page<ProposalSummaryResponse>> {
    const manager = this.dataSource.manager;
    const page = filterProposals(summaryQuery(manager, viewer.id), query, viewer)
      .orderBy('p.submittedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('p.createdAt', 'DESC')
      .limit(query.limit ?? 50)
      .offset(query.offset ?? 0);
    const total = filterProposals(manager.getRepository(Proposal).createQueryBuilder('p').select('count(*)::int', 'total'), query, viewer);
    const [rows, counted] = await Promise.all([page.getRawMany<SummaryRow>(), total.getRawOne<{ total: number }>()]);
    return { items: await this.programmeGaps.mark(rows.map((row) => toSummary(row, viewer))), total: counted?.total ?? 0 };
  }
}
