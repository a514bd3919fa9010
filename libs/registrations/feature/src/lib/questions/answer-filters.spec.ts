import type { AnswerResponse, QuestionResponse } from '@samverkan/registrations/contract';
import { answerFilterOptions, answerText } from './answer-filters';

const QUESTIONS: QuestionResponse[] = [
  { id: 'q1', kind: 'text', labelSv: 'Förvaltning', labelEn: null, required: false, options: [] },
  {
    id: 'q2',
    kind: 'choices',
    labelSv: 'Besök',
    labelEn: 'Visits',
    required: false,
    options: [{ id: 'o1', labelSv: 'Bruket', labelEn: 'The mill' }],
  },
  { id: 'q3', kind: 'yes-no', labelSv: 'Middag', labelEn: null, required: false, options: [] },
];

describe('answer filters', () => {
  it('offers each option of a choice question and yes and no, never free text', () => {
    expect(answerFilterOptions(QUESTIONS, 'en')).toEqual([
      { value: 'q2:o1', question: 'Visits', answer: 'The mill' },
      { value: 'q3:yes', question: 'Middag', answer: { yes: true } },
      { value: 'q3:no', question: 'Middag', answer: { yes: false } },
    ]);
  });

  it('writes an answer for a list cell', () => {
    const base: AnswerResponse = {
      questionId: 'q',
      kind: 'text',
      labelSv: '',
      labelEn: null,
      text: null,
      options: [],
      yes: null,
      archived: false,
    };
    const words = { yes: 'ja', no: 'nej' };
    expect(answerText({ ...base, text: 'Kultur' }, 'sv', words)).toBe('Kultur');
    expect(answerText({ ...base, yes: false }, 'sv', words)).toBe('nej');
    expect(
      answerText(
        {
          ...base,
          options: [
            { id: 'a', labelSv: 'A', labelEn: 'Ay' },
            { id: 'b', labelSv: 'B', labelEn: null },
          ],
        },
        'en',
        words,
      ),
    ).toBe('Ay, B');
  });
});
