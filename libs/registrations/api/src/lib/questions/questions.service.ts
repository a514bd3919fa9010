import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Conference, ConferenceEvents, mayKnowConference } from '@samverkan/conferences/api';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import type { QuestionInput, QuestionResponse } from '@samverkan/registrations/contract';
import { badRequest, notFound, refused } from '@samverkan/shared/api-http';
import { formQuestions } from './answer-views';
import { planQuestions, type StoredQuestion } from './question-rules';
import { RegistrationAnswers } from './registration-answers';

/** A conference's own questions: what the form shows, and the staff's edit of the whole list. */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly answers: RegistrationAnswers,
    events: ConferenceEvents,
  ) {
    events.onCopied((manager, copy) => copyQuestions(manager, copy.fromId, copy.toId));
  }

  /** The form's questions; a draft conference's only to staff (404 to others). */
  async list(conferenceId: string, user?: AuthenticatedUser): Promise<QuestionResponse[]> {
    const conference = await this.dataSource.getRepository(Conference).findOneBy({ id: conferenceId });
    if (!conference || !mayKnowConference(conference.status, user?.roles)) throw notFound('conferences.not-found');
    return formQuestions(await this.answers.questions(this.dataSource.manager, conferenceId));
  }

  /**
   * Replaces the form's questions with the list given, in its order (question-rules.ts says what is
   * kept, archived and deleted). The conference row is locked so two edits never interleave.
   */
  async replace(conferenceId: string, input: QuestionInput[]): Promise<QuestionResponse[]> {
    return this.dataSource.transaction(async (manager) => {
      const conference = await manager
        .getRepository(Conference)
        .findOne({ where: { id: conferenceId }, lock: { mode: 'pessimistic_write' } });
      if (!conference) throw notFound('conferences.not-found');
      const stored = await this.answers.questions(manager, conferenceId);
      const result = planQuestions(stored, input, await answered(manager, conferenceId));
      if ('invalid' in result) throw badRequest('registration-questions.invalid-questions', { errors: result.invalid });
      if ('kindLocked' in result) {
        const q = result.kindLocked;
        throw refused('registration-questions.kind-locked', {
          params: { question: q.labelSv, questionEn: q.labelEn ?? q.labelSv, questionId: q.id },
          errors: { [q.id]: 'kindLocked' },
        });
      }
      const { keep, remove } = result.plan;
      if (remove.length) {
        await manager.query(`DELETE FROM conference_questions WHERE conference_id = $1 AND id = ANY($2::uuid[])`, [conferenceId, remove]);
      }
      await upsert(manager, conferenceId, keep);
      return formQuestions(await this.answers.questions(manager, conferenceId));
    });
  }
}

/** Which questions and options someone has answered (chosen), cancelled registrations included. */
async function answered(manager: EntityManager, conferenceId: string): Promise<{ questions: Set<string>; options: Set<string> }> {
  const rows: { question: string; option: string | null }[] = await manager.query(
    `SELECT DISTINCT a.question_id::text AS question, o.option
       FROM registration_answers a
       JOIN conference_questions q ON q.id = a.question_id
       LEFT JOIN LATERAL jsonb_array_elements_text(
         CASE WHEN q.kind IN ('choice', 'choices') THEN
           CASE jsonb_typeof(a.value) WHEN 'array' THEN a.value ELSE jsonb_build_array(a.value) END
         ELSE '[]'::jsonb END) AS o(option) ON true
      WHERE q.conference_id = $1`,
    [conferenceId],
  );
  return {
    questions: new Set(rows.map((r) => r.question)),
    options: new Set(rows.flatMap((r) => (r.option ? [r.option] : []))),
  };
}

/** One statement for the whole list; an archived question keeps the time it was first archived. */
async function upsert(manager: EntityManager, conferenceId: string, keep: StoredQuestion[]): Promise<void> {
  if (!keep.length) return;
  await manager.query(
    `INSERT INTO conference_questions (id, conference_id, position, kind, label_sv, label_en, required, options, archived_at)
     SELECT q.id, $1, q.position, q.kind, q.label_sv, q.label_en, q.required, q.options, CASE WHEN q.archived THEN now() END
       FROM jsonb_to_recordset($2::jsonb) AS q(id uuid, position smallint, kind text, label_sv text, label_en text, required boolean, options jsonb, archived boolean)
     ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, kind = EXCLUDED.kind, label_sv = EXCLUDED.label_sv,
            label_en = EXCLUDED.label_en, required = EXCLUDED.required, options = EXCLUDED.options, updated_at = now(),
            archived_at = CASE WHEN EXCLUDED.archived_at IS NULL THEN NULL ELSE coalesce(conference_questions.archived_at, EXCLUDED.archived_at) END`,
    [
      conferenceId,
      JSON.stringify(
        keep.map((q) => ({
          id: q.id,
          position: q.position,
          kind: q.kind,
          label_sv: q.labelSv,
          label_en: q.labelEn,
          required: q.required,
          options: q.options,
          archived: q.archived,
        })),
      ),
    ],
  );
}

/** Copies a conference's form questions and options (not archived ones) into its copy, with new ids. */
async function copyQuestions(manager: EntityManager, fromId: string, toId: string): Promise<void> {
  const rows: { kind: string; label_sv: string; label_en: string | null; required: boolean; options: StoredQuestion['options'] }[] =
    await manager.query(
      `SELECT kind, label_sv, label_en, required, options FROM conference_questions
        WHERE conference_id = $1 AND archived_at IS NULL ORDER BY position`,
      [fromId],
    );
  if (!rows.length) return;
  const copies = rows.map((q, position) => ({
    id: randomUUID(),
    position,
    kind: q.kind,
    label_sv: q.label_sv,
    label_en: q.label_en,
    required: q.required,
    options: q.options.filter((o) => !o.archived).map((o) => ({ ...o, id: randomUUID() })),
    archived: false,
  }));
  await manager.query(
    `INSERT INTO conference_questions (id, conference_id, position, kind, label_sv, label_en, required, options)
     SELECT q.id, $1, q.position, q.kind, q.label_sv, q.label_en, q.required, q.options
       FROM jsonb_to_recordset($2::jsonb) AS q(id uuid, position smallint, kind text, label_sv text, label_en text, required boolean, options jsonb)`,
    [toId, JSON.stringify(copies)],
  );
}
