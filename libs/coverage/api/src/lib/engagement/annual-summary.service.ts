import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FIRST_SUMMARY_YEAR } from '@samverkan/coverage/contract';
import { badRequest } from '@samverkan/shared/api-http';
import { stockholmDate } from '@samverkan/shared/util-dates';
import { CoverageService } from '../report/coverage.service';
import { annualSummary, type AnnualSummary } from './annual-summary';
import { DECISIONS_SQL, type DecisionRow } from './engagement.sql';

/** The annual summary for the årsmöte: the coverage report's figures for the year and the year before, and the committee's decisions. */
@Injectable()
export class AnnualSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coverage: CoverageService,
  ) {}

  async summary(rawYear: string): Promise<AnnualSummary> {
    const year = summaryYear(rawYear, Number(stockholmDate(new Date()).slice(0, 4)));
    const [report, decisions] = await Promise.all([
      this.coverage.report({ fromYear: year - 1, toYear: year }),
      this.dataSource.query<DecisionRow[]>(DECISIONS_SQL, [year]),
    ]);
    return annualSummary(year, report, decisions);
  }
}

/** A year from the path: four digits, from FIRST_SUMMARY_YEAR up to the current year (Stockholm), else 400. */
export function summaryYear(raw: string, currentYear: number): number {
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (!(year >= FIRST_SUMMARY_YEAR && year <= currentYear))
    throw badRequest('engagement.year-invalid', { params: { first: FIRST_SUMMARY_YEAR, last: currentYear } });
  return year;
}
