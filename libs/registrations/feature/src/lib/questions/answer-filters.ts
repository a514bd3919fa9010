import type { AnswerResponse, Language, QuestionResponse } from '@samverkan/registrations/contract';

/** One choice of the staff list's answer filter: the API's `answer` value and what it reads. */
export interface AnswerFilterOption {
  value: string;
  question: string;
  answer: string | { yes: boolean };
}

/** The answers the staff list can filter on: each option of a choice question, and yes and no. */
export function answerFilterOptions(questions: readonly QuestionResponse[], language: Language): AnswerFilterOption[] {
  const label = (item: { labelSv: string; labelEn: string | null }) => (language === 'en' && item.labelEn) || item.labelSv;
  return questions.flatMap((q): AnswerFilterOption[] => {
    if (q.kind === 'yes-no') {
      return [
        { value: `${q.id}:yes`, question: label(q), answer: { yes: true } },
        { value: `${q.id}:no`, question: label(q), answer: { yes: false } },
      ];
    }
    if (q.kind === 'choice' || q.kind === 'choices')
      return q.options.map((o) => ({ value: `${q.id}:${o.id}`, question: label(q), answer: label(o) }));
    return [];
  });
}

/** An answer in a list cell: the text, the chosen options, or yes/no (in the words given). */
export function answerText(answer: AnswerResponse, language: Language, words: { yes: string; no: string }): string {
  if (answer.text !== null) return answer.text;
  if (answer.yes !== null) return answer.yes ? words.yes : words.no;
  return answer.options.map((o) => (language === 'en' && o.labelEn) || o.labelSv).join(', ');
}
