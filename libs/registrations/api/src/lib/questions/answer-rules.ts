import { isMultiLine, isSingleLine, normaliseLineEnds } from '@samverkan/shared/api-validation';
import { ANSWER_MAX_LENGTH, type AnswerValue, type QuestionKind } from '@samverkan/registrations/contract';

/** What the rule needs to know of a question. Archived questions and options are not answerable. */
export interface AnswerableQuestion {
  id: string;
  kind: QuestionKind;
  labelSv: string;
  labelEn: string | null;
  required: boolean;
  archived?: boolean;
  options: { id: string; archived?: boolean }[];
}

export type AnswerProblem = 'required' | 'unknownQuestion' | 'unknownOption' | 'wrongType' | 'tooLong' | 'invalidText';

/** The code of the error for each problem (libs/shared/contract errors/registration-questions.ts). */
export const ANSWER_PROBLEM_CODES = {
  required: 'registration-questions.answer-required',
  unknownQuestion: 'registration-questions.unknown-question',
  unknownOption: 'registration-questions.unknown-option',
  wrongType: 'registration-questions.wrong-type',
  tooLong: 'registration-questions.answer-too-long',
  invalidText: 'registration-questions.invalid-text',
} as const;

export type AnswerCheck =
  | { ok: true; values: Map<string, AnswerValue> }
  | {
      ok: false;
      /** Question id → problem, for every question at fault. */
      errors: Record<string, AnswerProblem>;
      /** The first question at fault, in the form's order (unknown questions last): the error's code and params. */
      code: (typeof ANSWER_PROBLEM_CODES)[AnswerProblem];
      params: Record<string, string | number>;
    };

/**
 * Checks answers against a conference's current questions, as the server does for every registration
 * (one person, or each member of a group). Each answerable question is checked in the form's order:
 * - a required question needs an answer (false is an answer to yes/no; '', [] and null are none);
 * - `text` is one line of at most 200 characters, `long-text` at most 2000 with line breaks (CRLF as LF);
 * - `choice` is one option id, `choices` an array of distinct option ids, `yes-no` a boolean;
 * - an option must be one of the question's options that is not archived;
 * - an id that is no answerable question is refused (`unknownQuestion`).
 * Texts are trimmed; the values returned are what to store (no entry for a question left unanswered).
 */
export function validateAnswers(
  questions: readonly AnswerableQuestion[],
  answers: Readonly<Record<string, unknown>> | undefined,
): AnswerCheck {
  const given = answers ?? {};
  const errors: Record<string, AnswerProblem> = {};
  const values = new Map<string, AnswerValue>();
  let first: { problem: AnswerProblem; question?: AnswerableQuestion; id: string } | null = null;
  const fail = (id: string, problem: AnswerProblem, question?: AnswerableQuestion) => {
    errors[id] = problem;
    first ??= { problem, question, id };
  };

  const answerable = questions.filter((q) => !q.archived);
  for (const question of answerable) {
    const raw = Object.prototype.hasOwnProperty.call(given, question.id) ? given[question.id] : undefined;
    const checked = checkOne(question, raw);
    if ('problem' in checked) fail(question.id, checked.problem, question);
    else if (checked.value === null) {
      if (question.required) fail(question.id, 'required', question);
    } else values.set(question.id, checked.value);
  }
  const known = new Set(answerable.map((q) => q.id));
  for (const id of Object.keys(given)) if (!known.has(id)) fail(id, 'unknownQuestion');

  if (!first) return { ok: true, values };
  const { problem, question, id } = first as { problem: AnswerProblem; question?: AnswerableQuestion; id: string };
  const params: Record<string, string | number> = question
    ? { question: question.labelSv, questionEn: question.labelEn ?? question.labelSv, questionId: id }
    : { questionId: id.slice(0, 100) };
  if (problem === 'tooLong' && question) params['max'] = ANSWER_MAX_LENGTH[question.kind as 'text' | 'long-text'];
  return { ok: false, errors, code: ANSWER_PROBLEM_CODES[problem], params };
}

function checkOne(question: AnswerableQuestion, raw: unknown): { value: AnswerValue | null } | { problem: AnswerProblem } {
  if (raw === undefined || raw === null) return { value: null };
  const options = new Set(question.options.filter((o) => !o.archived).map((o) => o.id));
  switch (question.kind) {
    case 'text':
    case 'long-text': {
      if (typeof raw !== 'string') return { problem: 'wrongType' };
      const text = (question.kind === 'long-text' ? normaliseLineEnds(raw) : raw).trim();
      if (!text) return { value: null };
      if (text.length > ANSWER_MAX_LENGTH[question.kind]) return { problem: 'tooLong' };
      const wellFormed = question.kind === 'text' ? isSingleLine(text) : isMultiLine(text);
      if (!wellFormed) return { problem: 'invalidText' };
      return { value: text };
    }
    case 'choice':
      if (typeof raw !== 'string') return { problem: 'wrongType' };
      if (!raw) return { value: null };
      return options.has(raw) ? { value: raw } : { problem: 'unknownOption' };
    case 'choices': {
      if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) return { problem: 'wrongType' };
      if (new Set(raw).size !== raw.length) return { problem: 'wrongType' };
      if (raw.some((id) => !options.has(id))) return { problem: 'unknownOption' };
      if (!raw.length) return { value: null };
      // Stored in the question's order, whatever order they came in.
      return { value: question.options.map((o) => o.id).filter((id) => raw.includes(id)) };
    }
    case 'yes-no':
      return typeof raw === 'boolean' ? { value: raw } : { problem: 'wrongType' };
  }
}
