/** The kinds of a conference's own question, and the answer each takes. */
export const QUESTION_KINDS = ['text', 'long-text', 'choice', 'choices', 'yes-no'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** The kinds whose answer is one or more of the question's options. */
export const CHOICE_KINDS: readonly QuestionKind[] = ['choice', 'choices'];
/** Longest answer to a `text` and to a `long-text` question, in characters. */
export const ANSWER_MAX_LENGTH: Record<'text' | 'long-text', number> = { text: 200, 'long-text': 2000 };

/**
 * An answer: `text` and `long-text` a string, `choice` one option id, `choices` an array of option ids,
 * `yes-no` a boolean. An empty string or array, or null, is no answer.
 */
export type AnswerValue = string | string[] | boolean;
/** Answers keyed by question id. */
export type Answers = Record<string, AnswerValue | null>;

export interface QuestionOptionInput {
  /** Kept when given (an option of this question); a new option gets one. */
  id?: string;
  labelSv: string;
  labelEn?: string | null;
}

/** One question of PUT /api/conferences/:id/questions; the array's order is the form's order. */
export interface QuestionInput {
  /** Kept when given (a question of this conference); a new question gets one. */
  id?: string;
  kind: QuestionKind;
  labelSv: string;
  labelEn?: string | null;
  required: boolean;
  /** Only for `choice` and `choices`, at least two. */
  options?: QuestionOptionInput[];
}

export interface QuestionOptionResponse {
  id: string;
  labelSv: string;
  labelEn: string | null;
}

/** A question as the form shows it (archived questions and options are left out). */
export interface QuestionResponse {
  id: string;
  kind: QuestionKind;
  labelSv: string;
  labelEn: string | null;
  required: boolean;
  options: QuestionOptionResponse[];
}

/**
 * One answer as it reads now: the question's current labels, and for choice kinds the chosen options
 * with their current labels (an archived option or question still has its label).
 */
export interface AnswerResponse {
  questionId: string;
  kind: QuestionKind;
  labelSv: string;
  labelEn: string | null;
  /** The answer of a `text` or `long-text` question; else null. */
  text: string | null;
  /** The chosen options of a `choice` or `choices` question, in the question's order; else empty. */
  options: QuestionOptionResponse[];
  /** The answer of a `yes-no` question; else null. */
  yes: boolean | null;
  /** The question is no longer on the form; the answer is kept. */
  archived: boolean;
}
