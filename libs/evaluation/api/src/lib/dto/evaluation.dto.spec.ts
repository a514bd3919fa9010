import { isScoreMap } from './evaluation.dto';

describe('isScoreMap', () => {
  it('takes whole scores 1–5 per item', () => {
    expect(isScoreMap({})).toBe(true);
    expect(isScoreMap({ a1b2: 1, other: 5 })).toBe(true);
  });

  it('refuses other scores and shapes', () => {
    expect(isScoreMap({ a: 0 })).toBe(false);
    expect(isScoreMap({ a: 6 })).toBe(false);
    expect(isScoreMap({ a: 2.5 })).toBe(false);
    expect(isScoreMap({ a: '3' })).toBe(false);
    expect(isScoreMap([3])).toBe(false);
    expect(isScoreMap(null)).toBe(false);
    expect(isScoreMap({ ['x'.repeat(65)]: 3 })).toBe(false);
    expect(isScoreMap(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 3])))).toBe(false);
  });
});
