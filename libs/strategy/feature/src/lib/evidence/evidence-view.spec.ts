import type { StrategyCitationsResponse } from '@samverkan/strategy/contract';
import { areaFootnotes, isUnsupported, kindKey } from './evidence-view';

const cite = (id: string, positionId: string, number: number, label: string | null = `L${number}`) => ({
  id,
  positionId,
  kind: 'theme' as const,
  refId: `r${number}`,
  number,
  label,
  conferenceTitle: label ? 'Konf' : null,
  removed: label === null,
});

const answer: StrategyCitationsResponse = {
  strategyId: 's',
  positions: [
    { positionId: 'p1', focusAreaCode: 'a', supported: true, citations: [cite('c1', 'p1', 1), cite('c2', 'p1', 2)] },
    { positionId: 'p2', focusAreaCode: 'a', supported: true, citations: [cite('c3', 'p2', 2), cite('c4', 'p2', 3, null)] },
    { positionId: 'p3', focusAreaCode: 'b', supported: false, citations: [] },
    { positionId: 'p4', focusAreaCode: 'b', supported: true, citations: [cite('c5', 'p4', 1)] },
  ],
};

describe('evidence view', () => {
  it('lists an area’s footnotes once per number, in order, removed ones included', () => {
    expect(areaFootnotes(answer, ['p2', 'p1']).map((c) => [c.number, c.label])).toEqual([
      [1, 'L1'],
      [2, 'L2'],
      [3, null],
    ]);
    expect(areaFootnotes(answer, ['p3', 'p4']).map((c) => c.id)).toEqual(['c5']);
    expect(areaFootnotes(null, ['p1'])).toEqual([]);
  });

  it('marks only positions the answer knows without citations', () => {
    expect(isUnsupported(answer, 'p3')).toBe(true);
    expect(isUnsupported(answer, 'p1')).toBe(false);
    expect(isUnsupported(answer, 'unknown')).toBe(false);
    expect(isUnsupported(undefined, 'p3')).toBe(false);
  });

  it('names each kind by a text key', () => {
    expect(kindKey('programme-item')).toBe('strategyEvidence.kind.programme-item');
  });
});
