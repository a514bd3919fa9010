import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EvaluationResults, EvaluationSettings, EvaluationSettingsRequest } from '@samverkan/evaluation/contract';
import { notFound, refused } from '@samverkan/shared/api-http';
import { findCurrentFocusAreas } from '@samverkan/strategy/api';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { aggregate, type AnswerFacts } from './evaluation-results';
import { closesAt, defaultClosesAt, evaluationState } from './evaluation-rules';
import { SESSIONS_OF_CONFERENCE, type SessionRow } from './evaluation.sql';

interface ConferenceRow {
  id: string;
  status: string;
  title_sv: string;
  title_en: string | null;
  starts_at: Date;
  ends_at: Date;
  closes_at: Date | null;
  invited_at: Date | null;
  invited: number;
}

/**
 * Staff's side of a conference's evaluation: the anonymous results (no names, no registration ids are
 * even read), and the close time. A draft conference is 404 here too: it never had participants.
 */
@Injectable()
export class EvaluationResultsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async results(conferenceId: string, now = new Date()): Promise<EvaluationResults> {
    const manager = this.dataSource.manager;
    const c = await conference(manager, conferenceId);
    const [sessions, areas, answers] = await Promise.all([
      manager.query<SessionRow[]>(SESSIONS_OF_CONFERENCE, [conferenceId]),
      findCurrentFocusAreas(manager),
      manager.query<Array<{ overall: number; session_scores: Record<string, number>; keep_text: string | null; change_text: string | null; focus_area_codes: string[] }>>(
        `SELECT overall, session_scores, keep_text, change_text, focus_area_codes FROM evaluation_answers WHERE conference_id = $1`,
        [conferenceId],
      ),
    ]);
    const facts: AnswerFacts[] = answers.map((a) => ({
      overall: a.overall,
      sessionScores: a.session_scores,
      keepText: a.keep_text,
      changeText: a.change_text,
      focusAreaCodes: a.focus_area_codes,
    }));
    const result = aggregate(
      facts,
      sessions.map((s) => ({ agendaItemId: s.id, titleSv: s.title_sv, titleEn: s.title_en, startsAt: s.starts_at ? toStockholmIso(s.starts_at) : null })),
      areas.map((a) => ({ code: a.code, titleSv: a.titleSv, titleEn: a.titleEn })),
    );
    const closes = closesAt(c.ends_at, c.closes_at);
    const state = evaluationState({ conferenceStatus: c.status, endsAt: c.ends_at, closesAt: closes }, now);
    return {
      conference: { id: c.id, titleSv: c.title_sv, titleEn: c.title_en, startsAt: toStockholmIso(c.starts_at), endsAt: toStockholmIso(c.ends_at) },
      state: state === 'not-confirmed' ? 'open' : state,
      closesAt: toStockholmIso(closes),
      invitedAt: c.invited_at ? toStockholmIso(c.invited_at) : null,
      invited: c.invited,
      ...result,
    };
  }

  /** Sets (or, with null, clears) the close time; it may not lie before the conference's end. */
  async setClosesAt(conferenceId: string, body: EvaluationSettingsRequest): Promise<EvaluationSettings> {
    return this.dataSource.transaction(async (manager) => {
      const c = await conference(manager, conferenceId);
      const wanted = body.closesAt === null ? null : new Date(body.closesAt);
      if (wanted && wanted <= c.ends_at) throw refused('evaluation.closes-before-end', { errors: { closesAt: 'beforeEnd' } });
      const [row] = await manager.query<Array<{ closes_at: Date | null; invited_at: Date | null }>>(
        `INSERT INTO conference_evaluations (conference_id, closes_at) VALUES ($1, $2)
         ON CONFLICT (conference_id) DO UPDATE SET closes_at = EXCLUDED.closes_at, updated_at = now()
         RETURNING closes_at, invited_at`,
        [conferenceId, wanted],
      );
      return {
        closesAt: toStockholmIso(closesAt(c.ends_at, row.closes_at)),
        defaultClosesAt: toStockholmIso(defaultClosesAt(c.ends_at)),
        invitedAt: row.invited_at ? toStockholmIso(row.invited_at) : null,
      };
    });
  }
}

async function conference(manager: EntityManager, id: string): Promise<ConferenceRow> {
  const [row] = await manager.query<ConferenceRow[]>(
    `SELECT c.id, c.status, c.title_sv, c.title_en, c.starts_at, c.ends_at, e.closes_at, e.invited_at,
            (SELECT count(*)::int FROM registrations r WHERE r.conference_id = c.id AND r.status = 'confirmed') AS invited
       FROM conferences c LEFT JOIN conference_evaluations e ON e.conference_id = c.id
      WHERE c.id = $1 AND c.status <> 'draft'`,
    [id],
  );
  if (!row) throw notFound('conferences.not-found');
  return row;
}
