import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnswerResponse, AnswerValue } from '@samverkan/registrations/contract';
import { badRequest } from '@samverkan/shared/api-http';
import { validateAnswers } from './answer-rules';
import { answerViews } from './answer-views';
import { ConferenceQuestion } from './question.entity';
import type { StoredQuestion } from './question-rules';

/** Answers checked and ready to write: what `check` returns and `write` takes. */
export type CheckedAnswers = Map<string, AnswerValue>;

/**
 * A registration's answers to its conference's own questions, inside the caller's transaction: the
 * single person's registration, each member of a group, and a change through the manage link.
 */
@Injectable()
export class RegistrationAnswers {
  /** The conference's questions, archived ones too, in the form's order. */
  async questions(manager: EntityManager, conferenceId: string): Promise<StoredQuestion[]> {
    const rows = await manager.getRepository(ConferenceQuestion).find({ where: { conferenceId }, order: { position: 'ASC' } });
    return rows.map(toStored);
  }

  /**
   * Checks answers against the current questions; 400 naming the first question at fault, `errors` keyed
   * by question id (after `field`, e.g. a group's `members.2.answers.`).
   */
  check(questions: readonly StoredQuestion[], answers: Readonly<Record<string, unknown>> | undefined, field = ''): CheckedAnswers {
    const result = validateAnswers(questions, answers);
    if (!result.ok) {
      const errors = Object.fromEntries(Object.entries(result.errors).map(([id, why]) => [`${field}${id}`, why]));
      throw badRequest(result.code, { params: result.params, errors });
    }
    return result.values;
  }

  /** Writes the answers of a registration inserted in this transaction (it has none yet): one statement. */
  async write(manager: EntityManager, registrationId: string, values: CheckedAnswers): Promise<void> {
    if (!values.size) return;
    const ids = [...values.keys()];
    await manager.query(
      `INSERT INTO registration_answers (registration_id, question_id, value)
       SELECT $1, v.question_id, v.value FROM unnest($2::uuid[], $3::jsonb[]) AS v(question_id, value)`,
      [registrationId, ids, ids.map((id) => JSON.stringify(values.get(id)))],
    );
  }

  /**
   * Checks and replaces an existing registration's answers to the form's questions (a change through the
   * manage link): a question left unanswered loses its answer; answers to archived questions are kept.
   */
  async save(
    manager: EntityManager,
    conferenceId: string,
    registrationId: string,
    answers: Readonly<Record<string, unknown>> | undefined,
  ): Promise<void> {
    const questions = await this.questions(manager, conferenceId);
    const values = this.check(questions, answers);
    const current = questions.filter((q) => !q.archived).map((q) => q.id);
    if (!current.length) return;
    await manager.query(`DELETE FROM registration_answers WHERE registration_id = $1 AND question_id = ANY($2::uuid[])`, [
      registrationId,
      current,
    ]);
    await this.write(manager, registrationId, values);
  }

  /** The answers of some registrations of one conference as they read now: two queries whatever the count. */
  async views(manager: EntityManager, conferenceId: string, registrationIds: string[]): Promise<Map<string, AnswerResponse[]>> {
    const result = new Map<string, AnswerResponse[]>(registrationIds.map((id) => [id, []]));
    if (!registrationIds.length) return result;
    const questions = await this.questions(manager, conferenceId);
    const rows: { id: string; answers: Record<string, AnswerValue> }[] = await manager.query(
      `SELECT registration_id AS id, jsonb_object_agg(question_id, value) AS answers
         FROM registration_answers WHERE registration_id = ANY($1::uuid[]) GROUP BY registration_id`,
      [registrationIds],
    );
    for (const row of rows) result.set(row.id, answerViews(questions, row.answers));
    return result;
  }
}

export function toStored(q: ConferenceQuestion): StoredQuestion {
  return {
    id: q.id,
    kind: q.kind,
    labelSv: q.labelSv,
    labelEn: q.labelEn,
    required: q.required,
    position: q.position,
    archived: q.archivedAt !== null,
    options: q.options,
  };
}
