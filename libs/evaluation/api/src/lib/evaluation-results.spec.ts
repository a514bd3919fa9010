import { aggregate, type AnswerFacts } from './evaluation-results';

const sessions = [
  { agendaItemId: 's1', titleSv: 'Ett', titleEn: null, startsAt: null },
  { agendaItemId: 's2', titleSv: 'Två', titleEn: null, startsAt: null },
];
const areas = [
  { code: 'skills' as const, titleSv: 'Kompetens', titleEn: 'Skills' },
  { code: 'cooperation' as const, titleSv: 'Samverkan', titleEn: 'Cooperation' },
];
const answer = (a: Partial<AnswerFacts>): AnswerFacts => ({ overall: 3, sessionScores: {}, keepText: null, changeText: null, focusAreaCodes: [], ...a });

describe('aggregate', () => {
  it('counts the overall distribution (zeros included) and its mean to two decimals', () => {
    const result = aggregate([answer({ overall: 5 }), answer({ overall: 4 }), answer({ overall: 4 })], sessions, areas);
    expect(result.answers).toBe(3);
    expect(result.overall.mean).toBe(4.33);
    expect(result.overall.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 0 },
      { score: 3, count: 0 },
      { score: 4, count: 2 },
      { score: 5, count: 1 },
    ]);
  });

  it('has no mean without answers', () => {
    const result = aggregate([], sessions, areas);
    expect(result.overall.mean).toBeNull();
    expect(result.sessions.map((s) => [s.count, s.mean])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(result.focusAreaWishes.map((w) => w.count)).toEqual([0, 0]);
  });

  it('gives each programme item its own mean and count, ignoring items not listed', () => {
    const result = aggregate(
      [answer({ sessionScores: { s1: 5, gone: 1 } }), answer({ sessionScores: { s1: 2, s2: 4 } }), answer({})],
      sessions,
      areas,
    );
    expect(result.sessions).toEqual([
      { ...sessions[0], count: 2, mean: 3.5 },
      { ...sessions[1], count: 1, mean: 4 },
    ]);
  });

  it('sorts keep and change texts alphabetically, each on its own, leaving out empty ones', () => {
    const result = aggregate(
      [answer({ keepText: 'Öppenheten', changeText: 'Adam ' }), answer({ keepText: '  ', changeText: 'Kaffet' }), answer({ keepText: 'Allt' })],
      sessions,
      areas,
    );
    expect(result.keep).toEqual(['Allt', 'Öppenheten']);
    expect(result.change).toEqual(['Adam', 'Kaffet']);
  });

  it('counts wishes per focus area of the current strategy, once per answer', () => {
    const result = aggregate(
      [answer({ focusAreaCodes: ['skills', 'skills', 'old-area'] }), answer({ focusAreaCodes: ['skills', 'cooperation'] })],
      sessions,
      areas,
    );
    expect(result.focusAreaWishes).toEqual([
      { ...areas[0], count: 2 },
      { ...areas[1], count: 1 },
    ]);
  });
});
