import { answerCells, answerColumns, answerViews, formQuestions } from './answer-views';
import type { StoredQuestion } from './question-rules';

const stored: StoredQuestion[] = [
  { id: 'gone', kind: 'text', labelSv: 'Gammal', labelEn: null, required: false, position: 3, archived: true, options: [] },
  {
    id: 'bus',
    kind: 'choices',
    labelSv: 'Buss',
    labelEn: 'Bus',
    required: true,
    position: 0,
    archived: false,
    options: [
      { id: 'a', labelSv: 'Dit', labelEn: 'There', archived: false },
      { id: 'b', labelSv: '=Hem', labelEn: null, archived: true },
    ],
  },
  { id: 'dinner', kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', required: false, position: 1, archived: false, options: [] },
];

describe('answer views', () => {
  it('shows the form without archived questions and options', () => {
    expect(formQuestions(stored)).toEqual([
      {
        id: 'bus',
        kind: 'choices',
        labelSv: 'Buss',
        labelEn: 'Bus',
        required: true,
        options: [{ id: 'a', labelSv: 'Dit', labelEn: 'There' }],
      },
      { id: 'dinner', kind: 'yes-no', labelSv: 'Middag', labelEn: 'Dinner', required: false, options: [] },
    ]);
  });

  it('reads answers with current labels, archived options and questions included, form order first', () => {
    const views = answerViews(stored, { gone: 'kvar', bus: ['a', 'b'], dinner: false });
    expect(views.map((v) => [v.questionId, v.archived])).toEqual([
      ['bus', false],
      ['dinner', false],
      ['gone', true],
    ]);
    expect(views[0].options).toEqual([
      { id: 'a', labelSv: 'Dit', labelEn: 'There' },
      { id: 'b', labelSv: '=Hem', labelEn: null },
    ]);
    expect(views[1]).toMatchObject({ yes: false, text: null, options: [] });
    expect(views[2]).toMatchObject({ text: 'kvar', labelSv: 'Gammal' });
    expect(answerViews(stored, null)).toEqual([]);
  });

  it('gives one export column per question and a cell per answer', () => {
    expect(answerColumns(stored)).toEqual([
      ['answer:bus', 'Buss'],
      ['answer:dinner', 'Middag'],
      ['answer:gone', 'Gammal (borttagen fråga)'],
    ]);
    expect(answerCells(answerViews(stored, { gone: 'kvar', bus: ['a', 'b'], dinner: true }))).toEqual({
      'answer:bus': 'Dit; =Hem',
      'answer:dinner': 'ja',
      'answer:gone': 'kvar',
    });
  });
});
