import type { AnswerResponse, AnswerValue, QuestionResponse } from '@samverkan/registrations/contract';
import type { StoredQuestion } from './question-rules';

/** The questions the form shows: not archived, in order, without archived options. */
export function formQuestions(stored: readonly StoredQuestion[]): QuestionResponse[] {
  return stored
    .filter((q) => !q.archived)
    .map((q) => ({
      id: q.id,
      kind: q.kind,
      labelSv: q.labelSv,
      labelEn: q.labelEn,
      required: q.required,
      options: q.options.filter((o) => !o.archived).map((o) => ({ id: o.id, labelSv: o.labelSv, labelEn: o.labelEn })),
    }));
}

/**
 * A person's answers as they read now, in the form's order (archived questions after): the current
 * labels of each question and chosen option, archived ones included. Unanswered questions are left out.
 */
export function answerViews(stored: readonly StoredQuestion[], values: Readonly<Record<string, AnswerValue>> | null): AnswerResponse[] {
  if (!values) return [];
  const views: AnswerResponse[] = [];
  for (const q of ordered(stored)) {
    const value = values[q.id];
    if (value === undefined || value === null) continue;
    const chosen = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    const isChoice = q.kind === 'choice' || q.kind === 'choices';
    views.push({
      questionId: q.id,
      kind: q.kind,
      labelSv: q.labelSv,
      labelEn: q.labelEn,
      text: (q.kind === 'text' || q.kind === 'long-text') && typeof value === 'string' ? value : null,
      options: isChoice
        ? q.options.filter((o) => chosen.includes(o.id)).map((o) => ({ id: o.id, labelSv: o.labelSv, labelEn: o.labelEn }))
        : [],
      yes: q.kind === 'yes-no' && typeof value === 'boolean' ? value : null,
      archived: q.archived,
    });
  }
  return views;
}

/** The form's questions first, then the archived ones: the order of views and export columns. */
export function ordered(stored: readonly StoredQuestion[]): StoredQuestion[] {
  return [...stored.filter((q) => !q.archived), ...stored.filter((q) => q.archived)];
}

/** Export columns, one per question: `[key, Swedish label]`. */
export function answerColumns(stored: readonly StoredQuestion[]): [string, string][] {
  return ordered(stored).map((q) => [`answer:${q.id}`, q.archived ? `${q.labelSv} (borttagen fråga)` : q.labelSv]);
}

/** One person's cells for the export columns: text as written, options' Swedish labels joined, ja/nej. */
export function answerCells(views: readonly AnswerResponse[]): Record<string, string> {
  return Object.fromEntries(
    views.map((v) => [
      `answer:${v.questionId}`,
      v.text ?? (v.yes === null ? v.options.map((o) => o.labelSv).join('; ') : v.yes ? 'ja' : 'nej'),
    ]),
  );
}

/** The value a form field starts from, from an answer as it reads now. */
export function answerValue(view: AnswerResponse): AnswerValue {
  if (view.kind === 'yes-no') return view.yes === true;
  if (view.kind === 'choices') return view.options.map((o) => o.id);
  if (view.kind === 'choice') return view.options[0]?.id ?? '';
  return view.text ?? '';
}
