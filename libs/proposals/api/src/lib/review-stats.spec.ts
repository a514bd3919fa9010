import { median, roundScore, statsOf } from './review-stats';

describe('review statistics', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([2])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rounds means to two decimals', () => {
    expect(roundScore(10 / 3)).toBe(3.33);
    expect(roundScore(11 / 3)).toBe(3.67);
  });

  it('gives mean, median and count per criterion', () => {
    const stats = statsOf([
      { relevance: 5, quality: 4, feasibility: 3 },
      { relevance: 2, quality: 4, feasibility: 5 },
      { relevance: 4, quality: 1, feasibility: 5 },
    ]);
    expect(stats).toEqual({
      relevance: { mean: 3.67, median: 4, count: 3 },
      quality: { mean: 3, median: 4, count: 3 },
      feasibility: { mean: 4.33, median: 5, count: 3 },
    });
  });

  it('has no mean or median without reviews', () => {
    expect(statsOf([])).toEqual({
      relevance: { mean: null, median: null, count: 0 },
      quality: { mean: null, median: null, count: 0 },
      feasibility: { mean: null, median: null, count: 0 },
    });
  });
});
