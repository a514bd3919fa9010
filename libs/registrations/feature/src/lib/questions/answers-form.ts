import { FormControl, FormGroup, Validators, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { ANSWER_MAX_LENGTH, type AnswerResponse, type Answers, type QuestionResponse } from '@samverkan/registrations/contract';

/** What a question's control holds: text, one option id ('' for none), option ids, or yes/no (null for none). */
export type AnswerControlValue = string | string[] | boolean | null;
export type AnswersGroup = FormGroup<Record<string, FormControl<AnswerControlValue>>>;

/** The empty value of a question's control. */
export function emptyAnswer(question: QuestionResponse): AnswerControlValue {
  if (question.kind === 'choices') return [];
  if (question.kind === 'yes-no') return null;
  return '';
}

/** The value a control starts from, from an answer as the API reads it now. */
export function answerControlValue(question: QuestionResponse, answer: AnswerResponse | undefined): AnswerControlValue {
  if (!answer) return emptyAnswer(question);
  const known = new Set(question.options.map((o) => o.id));
  switch (question.kind) {
    case 'yes-no':
      return answer.yes;
    case 'choices':
      // An option taken off the form cannot be chosen again; it is left out.
      return answer.options.map((o) => o.id).filter((id) => known.has(id));
    case 'choice':
      return answer.options.map((o) => o.id).find((id) => known.has(id)) ?? '';
    default:
      return answer.text ?? '';
  }
}

/** Required: some text that is not only spaces, an option, at least one option, or yes or no. */
const answered: ValidatorFn = (control): ValidationErrors | null => {
  const value = control.value as AnswerControlValue;
  const empty = value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);
  return empty ? { required: true } : null;
};

/** One control per question (keyed by its id), starting from the person's answers when given. */
export function buildAnswersGroup(questions: readonly QuestionResponse[], answers: readonly AnswerResponse[] = []): AnswersGroup {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const controls: Record<string, FormControl<AnswerControlValue>> = {};
  for (const question of questions) {
    const validators: ValidatorFn[] = [];
    if (question.required) validators.push(answered);
    if (question.kind === 'text' || question.kind === 'long-text') validators.push(Validators.maxLength(ANSWER_MAX_LENGTH[question.kind]));
    controls[question.id] = new FormControl<AnswerControlValue>(answerControlValue(question, byQuestion.get(question.id)), {
      nonNullable: false,
      validators,
    });
  }
  return new FormGroup(controls);
}

/** The request's `answers`: every question, with null for one left unanswered. */
export function toAnswers(questions: readonly QuestionResponse[], group: AnswersGroup): Answers {
  const answers: Answers = {};
  for (const question of questions) {
    const value = group.controls[question.id]?.value ?? null;
    answers[question.id] = typeof value === 'string' ? value.trim() || null : Array.isArray(value) && !value.length ? null : value;
  }
  return answers;
}

/** The text key for a control's first error: a server code (`server.code`), required or too long. */
export function answerErrorKey(errors: ValidationErrors | null): { key: string; params?: Record<string, unknown> } | null {
  if (!errors) return null;
  const server = errors['server'] as { code?: string } | undefined;
  if (server?.code) return { key: `questions.errors.${server.code}` };
  if (errors['required']) return { key: 'questions.errors.required' };
  if (errors['maxlength']) return { key: 'questions.errors.maxLength', params: { max: errors['maxlength'].requiredLength } };
  return { key: 'questions.errors.wrongType' };
}
