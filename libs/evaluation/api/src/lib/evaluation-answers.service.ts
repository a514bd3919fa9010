import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EvaluationAnswerRequest, EvaluationForm, EvaluationState } from '@samverkan/evaluation/contract';
import { RegistrationLinks } from '@samverkan/registrations/api';
import { badRequest, notFound, refused, type AppError } from '@samverkan/shared/api-http';
import { findCurrentFocusAreas, resolveCurrentFocusAreas } from '@samverkan/strategy/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import { closesAt, evaluationState, unknownSessions } from './evaluation-rules';
import {
  REGISTRATION_BY_HASH,
  SESSIONS_OF_REGISTRATION,
  UPSERT_ANSWER,
  type AnswerRow,
  type RegistrationRow,
  type SessionRow,
} from './evaluation.sql';

/**
 * A participant's evaluation through their manage link: the form, and their answer. The answer is
 * one row per registration, written by one upsert under the registration's row lock, so parallel
 * saves of one person end as one answer, the last one.
 */
@Injectable()
export class EvaluationAnswers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: RegistrationLinks,
  ) {}

  async form(token: string, now = new Date()): Promise<EvaluationForm> {
    const registration = await this.registration(this.dataSource.manager, token);
    return this.toForm(this.dataSource.manager, registration, now);
  }

  async answer(token: string, body: EvaluationAnswerRequest, now = new Date()): Promise<EvaluationForm> {
    const registration = await this.dataSource.transaction(async (manager) => {
      const r = await this.registration(manager, token, true);
      const refusal = refusalFor(evaluationState(facts(r), now), r);
      if (refusal) throw refusal;
      const own = await manager.query<SessionRow[]>(SESSIONS_OF_REGISTRATION, [r.conference_id, r.id]);
      const unknown = unknownSessions(body.sessions, new Set(own.map((s) => s.id)));
      if (unknown.length) {
        throw badRequest('evaluation.unknown-session', {
          params: { agendaItemId: unknown[0] },
          errors: Object.fromEntries(unknown.map((id) => [`sessions.${id}`, 'notYours'])),
        });
      }
      const codes = [...new Set(body.focusAreaCodes ?? [])];
      await resolveCurrentFocusAreas(manager, codes);
      await manager.query(UPSERT_ANSWER, [
        r.id,
        r.conference_id,
        body.overall,
        JSON.stringify(body.sessions ?? {}),
        body.keep ?? null,
        body.change ?? null,
        codes,
      ]);
      return r;
    });
    return this.toForm(this.dataSource.manager, registration, now);
  }

  private async registration(manager: EntityManager, token: string, lock = false): Promise<RegistrationRow> {
    const hash = this.links.lookupHash(token);
    if (!hash) throw notFound('registrations.not-found');
    const [row] = await manager.query<RegistrationRow[]>(`${REGISTRATION_BY_HASH}${lock ? ' FOR UPDATE OF r' : ''}`, [hash]);
    if (!row) throw notFound('registrations.not-found');
    return row;
  }

  private async toForm(manager: EntityManager, r: RegistrationRow, now: Date): Promise<EvaluationForm> {
    const [sessions, areas, [answer]] = await Promise.all([
      manager.query<SessionRow[]>(SESSIONS_OF_REGISTRATION, [r.conference_id, r.id]),
      findCurrentFocusAreas(manager),
      manager.query<AnswerRow[]>(
        `SELECT overall, session_scores, keep_text, change_text, focus_area_codes, updated_at FROM evaluation_answers WHERE registration_id = $1`,
        [r.id],
      ),
    ]);
    return {
      state: evaluationState(facts(r), now),
      conference: {
        id: r.conference_id,
        titleSv: r.title_sv,
        titleEn: r.title_en,
        startsAt: toStockholmIso(r.starts_at),
        endsAt: toStockholmIso(r.ends_at),
      },
      closesAt: toStockholmIso(closesAt(r.ends_at, r.closes_at)),
      sessions: sessions.map((s) => ({
        agendaItemId: s.id,
        titleSv: s.title_sv,
        titleEn: s.title_en,
        startsAt: s.starts_at ? toStockholmIso(s.starts_at) : null,
        endsAt: s.ends_at ? toStockholmIso(s.ends_at) : null,
      })),
      focusAreas: areas.map((a) => ({ code: a.code, titleSv: a.titleSv, titleEn: a.titleEn })),
      answer: answer
        ? {
            overall: answer.overall,
            sessions: answer.session_scores,
            keep: answer.keep_text,
            change: answer.change_text,
            focusAreaCodes: answer.focus_area_codes as FocusAreaCode[],
            updatedAt: toStockholmIso(answer.updated_at),
          }
        : null,
    };
  }
}

function facts(r: RegistrationRow) {
  return { conferenceStatus: r.conference_status, endsAt: r.ends_at, closesAt: closesAt(r.ends_at, r.closes_at), registrationStatus: r.status };
}

/** Why an answer is refused now (422), or null when the evaluation is open to this person. */
function refusalFor(state: EvaluationState, r: RegistrationRow): AppError | null {
  switch (state) {
    case 'open':
      return null;
    case 'not-ended':
      return refused('evaluation.not-ended', { params: { endsAt: toStockholmIso(r.ends_at) } });
    case 'closed':
      return refused('evaluation.closed', { params: { closesAt: toStockholmIso(closesAt(r.ends_at, r.closes_at)) } });
    case 'not-confirmed':
      return refused('evaluation.not-confirmed');
    case 'cancelled':
      return refused('evaluation.conference-cancelled');
  }
}
