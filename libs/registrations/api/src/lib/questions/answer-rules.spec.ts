import { validateAnswers, type AnswerableQuestion } from './answer-rules';

const q = (
  id: string,
  kind: AnswerableQuestion['kind'],
  required = false,
  options: AnswerableQuestion['options'] = [],
): AnswerableQuestion => ({
  id,
  kind,
  labelSv: `Fråga ${id}`,
  labelEn: null,
  required,
  options,
});
const QUESTIONS = [
  q('t', 'text', true),
  q('l', 'long-text'),
  q('c', 'choice', false, [{ id: 'o1' }, { id: 'o2' }, { id: 'old', archived: true }]),
  q('m', 'choices', false, [{ id: 'a' }, { id: 'b' }, { id: 'c' }]),
  q('y', 'yes-no', true),
];

describe('validateAnswers', () => {
  it('accepts one answer of each kind and returns what to store, trimmed and in the options order', () => {
    const check = validateAnswers(QUESTIONS, { t: '  Hej ', l: 'rad 1\nrad 2', c: 'o2', m: ['c', 'a'], y: false });
    expect(check.ok).toBe(true);
    if (check.ok) expect(Object.fromEntries(check.values)).toEqual({ t: 'Hej', l: 'rad 1\nrad 2', c: 'o2', m: ['a', 'c'], y: false });
  });

  it('treats empty answers as none and stores nothing for them', () => {
    const check = validateAnswers(QUESTIONS, { t: 'x', l: '   ', c: '', m: [], y: true });
    expect(check.ok && Object.fromEntries(check.values)).toEqual({ t: 'x', y: true });
  });

  it('names the first required question missing, with its labels and id, and marks every one at fault', () => {
    const check = validateAnswers(QUESTIONS, { t: ' ', m: ['a'] });
    expect(check).toEqual({
      ok: false,
      errors: { t: 'required', y: 'required' },
      code: 'registration-questions.answer-required',
      params: { question: 'Fråga t', questionEn: 'Fråga t', questionId: 't' },
    });
    expect(validateAnswers(QUESTIONS, undefined)).toMatchObject({ ok: false, errors: { t: 'required', y: 'required' } });
  });

  it('refuses an unknown or archived option', () => {
    expect(validateAnswers(QUESTIONS, { t: 'x', y: true, c: 'nope' })).toMatchObject({
      ok: false,
      errors: { c: 'unknownOption' },
      code: 'registration-questions.unknown-option',
      params: { questionId: 'c', question: 'Fråga c' },
    });
    expect(validateAnswers(QUESTIONS, { t: 'x', y: true, c: 'old' })).toMatchObject({ errors: { c: 'unknownOption' } });
    expect(validateAnswers(QUESTIONS, { t: 'x', y: true, m: ['a', 'zz'] })).toMatchObject({ errors: { m: 'unknownOption' } });
  });

  it('refuses the wrong type for each kind', () => {
    const wrong = { t: 5, l: ['x'], c: ['o1'], m: 'a', y: 'yes' };
    expect(validateAnswers(QUESTIONS, wrong)).toMatchObject({
      ok: false,
      errors: { t: 'wrongType', l: 'wrongType', c: 'wrongType', m: 'wrongType', y: 'wrongType' },
      code: 'registration-questions.wrong-type',
    });
    expect(validateAnswers(QUESTIONS, { t: 'x', y: true, m: ['a', 'a'] })).toMatchObject({ errors: { m: 'wrongType' } });
    expect(validateAnswers(QUESTIONS, { t: 'x', y: true, m: ['a', 1] })).toMatchObject({ errors: { m: 'wrongType' } });
  });

  it('refuses too long texts with the limit, and line breaks in a one-line answer', () => {
    expect(validateAnswers(QUESTIONS, { t: 'x'.repeat(201), y: true })).toMatchObject({
      errors: { t: 'tooLong' },
      code: 'registration-questions.answer-too-long',
      params: { max: 200 },
    });
    expect(validateAnswers(QUESTIONS, { t: 'x'.repeat(200), l: 'y'.repeat(2000), y: true }).ok).toBe(true);
    expect(validateAnswers(QUESTIONS, { t: 'x', l: 'y'.repeat(2001), y: true })).toMatchObject({ params: { max: 2000 } });
    expect(validateAnswers(QUESTIONS, { t: 'x', l: 'a\r\nb', y: true })).toMatchObject({
      ok: true,
      values: new Map(Object.entries({ t: 'x', l: 'a\nb', y: true })),
    });
    expect(validateAnswers(QUESTIONS, { t: 'a\nb', y: true })).toMatchObject({ errors: { t: 'invalidText' } });
    expect(validateAnswers(QUESTIONS, { t: 'a', l: 'a\u0007b', y: true })).toMatchObject({ errors: { l: 'invalidText' } });
  });

  it('refuses answers to unknown or archived questions, after the known ones', () => {
    const questions = [...QUESTIONS, { ...q('gone', 'text'), archived: true }];
    expect(validateAnswers(questions, { t: 'x', y: true, gone: 'a', other: 'b' })).toMatchObject({
      ok: false,
      errors: { gone: 'unknownQuestion', other: 'unknownQuestion' },
      code: 'registration-questions.unknown-question',
      params: { questionId: 'gone' },
    });
    expect(validateAnswers(questions, { other: 'b' })).toMatchObject({ code: 'registration-questions.answer-required' });
  });

  it('has nothing to check when the conference has no questions', () => {
    expect(validateAnswers([], {})).toEqual({ ok: true, values: new Map() });
    expect(validateAnswers([], { x: 'y' })).toMatchObject({ ok: false, errors: { x: 'unknownQuestion' } });
  });
});
