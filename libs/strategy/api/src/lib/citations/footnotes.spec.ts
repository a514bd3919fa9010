import { numberFootnotes, type CitationRow } from './footnotes';

const cite = (id: string, positionId: string, refId: string, kind: CitationRow['kind'] = 'theme'): CitationRow => ({
  id,
  positionId,
  kind,
  refId,
});

describe('numberFootnotes', () => {
  const positions = [
    { positionId: 'p1', focusAreaCode: 'skills' },
    { positionId: 'p2', focusAreaCode: 'skills' },
    { positionId: 'p3', focusAreaCode: 'energy' },
  ];

  it('numbers citations in the order of the positions, not the order they were stored', () => {
    const out = numberFootnotes(positions, [cite('c3', 'p3', 'r3'), cite('c1', 'p1', 'r1'), cite('c2', 'p1', 'r2')]);
    expect(out.map((p) => p.citations.map((c) => [c.id, c.number]))).toEqual([
      [
        ['c1', 1],
        ['c2', 2],
      ],
      [],
      [['c3', 3]],
    ]);
  });

  it('gives the same evidence cited twice the number it got first', () => {
    const out = numberFootnotes(positions, [cite('a', 'p1', 'r1'), cite('b', 'p3', 'r1'), cite('c', 'p3', 'r2')]);
    expect(out[2].citations.map((c) => c.number)).toEqual([1, 2]);
  });

  it('keeps evidence of different kinds with the same id apart', () => {
    const out = numberFootnotes(positions, [cite('a', 'p1', 'x', 'participants'), cite('b', 'p1', 'x', 'wishes')]);
    expect(out[0].citations.map((c) => c.number)).toEqual([1, 2]);
  });

  it('marks a position without citations as not supported', () => {
    const out = numberFootnotes(positions, [cite('a', 'p2', 'r1')]);
    expect(out.map((p) => p.supported)).toEqual([false, true, false]);
  });
});
