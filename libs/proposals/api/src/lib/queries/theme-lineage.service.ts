import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConferencesService } from '@samverkan/conferences/api';
import type { ThemeLineageResponse } from '@samverkan/conferences/contract';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { lineageFor } from './lineage-view';

interface LineageRow {
  theme_id: string;
  proposal_id: string;
  proposal_title: string;
  proposer_name: string;
  meeting_id: string | null;
  meeting_title: string | null;
  decided_at: Date;
  origin_name: string | null;
  origin_organisation: string | null;
  origin_submitted_at: Date | null;
}

/**
 * Where a conference's themes came from: the accepted proposal behind each theme, its proposer, and the
 * meeting and day of the decision, as much as the caller may see (`lineage-view.ts`). A conference the
 * caller may not see is 404.
 */
@Injectable()
export class ThemeLineageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conferences: ConferencesService,
  ) {}

  async lineage(conferenceId: string, user?: AuthenticatedUser): Promise<ThemeLineageResponse[]> {
    await this.conferences.findVisibleLean(this.dataSource.manager, conferenceId, user);
    const rows: LineageRow[] = await this.dataSource.query(
      `SELECT t.id AS theme_id, p.id AS proposal_id, p.title AS proposal_title, u.name AS proposer_name,
              m.id AS meeting_id, m.title AS meeting_title, p.decided_at,
              s.name AS origin_name, s.organisation_name AS origin_organisation, s.created_at AS origin_submitted_at
         FROM themes t
         JOIN proposals p ON p.id = t.source_proposal_id AND p.state = 'accepted'
         JOIN users u ON u.id = p.proposer_id
         LEFT JOIN meetings m ON m.id = p.decision_meeting_id
         LEFT JOIN call_submissions s ON s.proposal_id = p.id
        WHERE t.conference_id = $1
        ORDER BY t.position`,
      [conferenceId],
    );
    return rows.map((r) =>
      lineageFor(
        {
          themeId: r.theme_id,
          proposalId: r.proposal_id,
          proposalTitle: r.proposal_title,
          proposerName: r.proposer_name,
          meetingId: r.meeting_id,
          meetingTitle: r.meeting_title,
          decidedAt: toStockholmIso(r.decided_at),
          origin: r.origin_submitted_at
            ? { submitterName: r.origin_name, organisationName: r.origin_organisation, submittedAt: toStockholmIso(r.origin_submitted_at) }
            : null,
        },
        user,
      ),
    );
  }
}
