import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { CHECK_IN_SEARCH_STATUSES, type CheckInSearchResponse, type CheckInSummaryResponse } from '@samverkan/attendance/contract';
import { Conference } from '@samverkan/conferences/api';
import { notFound } from '@samverkan/shared/api-http';
import { searchPatterns, toSearchHit, type DoorRow } from './check-in-rules';
import { doorRows } from './door-rows';

const SEARCH_LIMIT = 20;

/** What the door reads: the name search and the live count. */
@Injectable()
export class CheckInQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Confirmed and waitlisted people whose name or organisation holds every word of `q`: one query. */
  async search(conferenceId: string, q: string): Promise<CheckInSearchResponse> {
    await this.requireConference(conferenceId);
    const patterns = searchPatterns(q);
    if (patterns.length === 0) return { items: [] };
    const qb = doorRows(this.dataSource.manager, conferenceId)
      .andWhere('r.status IN (:...statuses)', { statuses: CHECK_IN_SEARCH_STATUSES })
      .andWhere('r.anonymisedAt IS NULL');
    patterns.forEach((pattern, i) =>
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`(r.first_name || ' ' || r.last_name) ILIKE :p${i}`, { [`p${i}`]: pattern })
            .orWhere(`r.organisation_name ILIKE :p${i}`),
        ),
      ),
    );
    const rows = await qb
      .orderBy('r.last_name', 'ASC')
      .addOrderBy('r.first_name', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(SEARCH_LIMIT)
      .getRawMany<DoorRow>();
    return { items: rows.map(toSearchHit) };
  }

  /** How many of the confirmed people are checked in: one query. */
  async summary(conferenceId: string): Promise<CheckInSummaryResponse> {
    const [row]: { exists: boolean; checkedIn: number; confirmed: number }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM conferences WHERE id = $1) AS exists,
              count(*) FILTER (WHERE r.checked_in_at IS NOT NULL)::int AS "checkedIn", count(*)::int AS confirmed
         FROM registrations r WHERE r.conference_id = $1 AND r.status = 'confirmed'`,
      [conferenceId],
    );
    if (!row.exists) throw notFound('conferences.not-found');
    return { checkedIn: row.checkedIn, confirmed: row.confirmed };
  }

  private async requireConference(id: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Conference).existsBy({ id }))) throw notFound('conferences.not-found');
  }
}
