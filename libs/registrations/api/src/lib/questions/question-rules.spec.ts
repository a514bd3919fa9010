import type { QuestionInput } from '@samverkan/registrations/contract';
import { planQuestions, type StoredQuestion } from './question-rules';

let n = 0;
const newId = () => `new${++n}`;
const stored: StoredQuestion[] = [
  {
    id: 'q1',
    kind: 'choice',
    labelSv: 'Buss?',
    labelEn: null,
    required: true,
    position: 0,
    archived: false,
    options: [
      { id: 'o1', labelSv: 'Ja', labelEn: null, archived: false },
      { id: 'o2', labelSv: 'Nej', labelEn: null, archived: false },
      { id: 'o3', labelSv: 'Kanske', labelEn: null, archived: false },
    ],
  },
  { id: 'q2', kind: 'text', labelSv: 'Allergi', labelEn: null, required: false, position: 1, archived: false, options: [] },
  { id: 'q3', kind: 'yes-no', labelSv: 'Middag', labelEn: null, required: false, position: 2, archived: false, options: [] },
];
const none = { questions: new Set<string>(), options: new Set<string>() };

describe('planQuestions', () => {
  beforeEach(() => (n = 0));

  it('keeps ids given, gives new ones, and orders by the list', () => {
    const input: QuestionInput[] = [
      { id: 'q2', kind: 'text', labelSv: 'Allergier', labelEn: 'Allergies', required: true },
      { kind: 'choices', labelSv: 'Val', required: false, options: [{ labelSv: 'A' }, { labelSv: 'B', labelEn: 'B' }] },
    ];
    const result = planQuestions(stored, input, none, newId);
    expect(result).toEqual({
      plan: {
        keep: [
          { id: 'q2', kind: 'text', labelSv: 'Allergier', labelEn: 'Allergies', required: true, position: 0, archived: false, options: [] },
          {
            id: 'new3',
            kind: 'choices',
            labelSv: 'Val',
            labelEn: null,
            required: false,
            position: 1,
            archived: false,
            options: [
              { id: 'new1', labelSv: 'A', labelEn: null, archived: false },
              { id: 'new2', labelSv: 'B', labelEn: 'B', archived: false },
            ],
          },
        ],
        remove: ['q1', 'q3'],
      },
    });
  });

  it('archives an answered question and a chosen option left out, and deletes the unanswered ones', () => {
    const input: QuestionInput[] = [
      { id: 'q1', kind: 'choice', labelSv: 'Buss', required: true, options: [{ id: 'o1', labelSv: 'Ja' }, { labelSv: 'Senare' }] },
    ];
    const result = planQuestions(stored, input, { questions: new Set(['q1', 'q3']), options: new Set(['o2']) }, newId);
    if (!('plan' in result)) throw new Error('expected a plan');
    const [bus, dinner] = result.plan.keep;
    expect(bus.options.map((o) => [o.id, o.archived])).toEqual([
      ['o1', false],
      ['new1', false],
      ['o2', true],
    ]);
    expect(dinner).toMatchObject({ id: 'q3', archived: true, position: 1 });
    expect(result.plan.remove).toEqual(['q2']);
  });

  it('refuses unknown and repeated ids, and options that do not fit the kind', () => {
    const input: QuestionInput[] = [
      { id: 'elsewhere', kind: 'text', labelSv: 'A', required: false },
      { id: 'q2', kind: 'text', labelSv: 'B', required: false, options: [{ labelSv: 'x' }] },
      { id: 'q2', kind: 'choice', labelSv: 'C', required: false, options: [{ labelSv: 'only one' }] },
      {
        id: 'q1',
        kind: 'choice',
        labelSv: 'D',
        required: false,
        options: [
          { id: 'o1', labelSv: 'x' },
          { id: 'o9', labelSv: 'y' },
        ],
      },
    ];
    expect(planQuestions(stored, input, none, newId)).toEqual({
      invalid: {
        '0.id': 'unknown',
        '1.options': 'notForKind',
        '2.id': 'duplicate',
        '2.options': 'tooFewOptions',
        '3.options.1.id': 'unknown',
      },
    });
  });

  it('refuses a change of kind once the question has answers, and allows it before', () => {
    const input: QuestionInput[] = [{ id: 'q2', kind: 'long-text', labelSv: 'Allergi', required: false }];
    expect(planQuestions(stored, input, { questions: new Set(['q2']), options: new Set() }, newId)).toEqual({ kindLocked: stored[1] });
    expect('plan' in planQuestions(stored, input, none, newId)).toBe(true);
  });

  it('brings an archived option back when it is sent again', () => {
    const archived: StoredQuestion[] = [
      { ...stored[0], options: [...stored[0].options.slice(0, 2), { ...stored[0].options[2], archived: true }] },
    ];
    const input: QuestionInput[] = [
      {
        id: 'q1',
        kind: 'choice',
        labelSv: 'Buss',
        required: true,
        options: [
          { id: 'o3', labelSv: 'Kanske' },
          { id: 'o1', labelSv: 'Ja' },
        ],
      },
    ];
    const result = planQuestions(archived, input, none, newId);
    expect('plan' in result && result.plan.keep[0].options).toEqual([
      { id: 'o3', labelSv: 'Kanske', labelEn: null, archived: false },
      { id: 'o1', labelSv: 'Ja', labelEn: null, archived: false },
    ]);
  });
});
