import { fitText, wrap, type Measure } from './text-fit';

/** Every character half the font size wide. */
const measure: Measure = (text, size) => Array.from(text).length * size * 0.5;
const limits = { maxWidth: 100, maxSize: 20, minSize: 10, maxLines: 2, floorSize: 6 };

describe('fitText', () => {
  it('keeps a short text on one line at the largest size', () => {
    expect(fitText('Åsa', measure, limits)).toEqual({ size: 20, lines: ['Åsa'] });
  });

  it('shrinks a longer text before wrapping it', () => {
    // 14 characters: 14 × 0.5 × size ≤ 100 → size ≤ 14.28.
    expect(fitText('Maj-Britt Öhrn', measure, limits)).toEqual({ size: 14, lines: ['Maj-Britt Öhrn'] });
  });

  it('wraps at word boundaries when even the smallest size is too wide for one line', () => {
    const fitted = fitText('Västra Götalandsregionens kommunförbund', measure, limits);
    expect(fitted.lines.length).toBe(2);
    expect(fitted.lines.join(' ')).toBe('Västra Götalandsregionens kommunförbund');
    for (const line of fitted.lines) expect(measure(line, fitted.size)).toBeLessThanOrEqual(100);
    expect(fitted.size).toBeGreaterThanOrEqual(6);
  });

  it('never drops a character: a text too long for the lines gets more lines at the floor size', () => {
    const long = 'Anna-Karin Eriksdotter Åkerlund-Väänänen Östergren-Sjöberg Ek';
    expect(long.length).toBeGreaterThanOrEqual(60);
    const fitted = fitText(long, measure, { ...limits, maxWidth: 40 });
    expect(fitted.size).toBe(6);
    expect(fitted.lines.length).toBeGreaterThan(2);
    expect(fitted.lines.join(' ').replace(/ /g, '')).toBe(long.replace(/ /g, ''));
    for (const line of fitted.lines) expect(measure(line, fitted.size)).toBeLessThanOrEqual(40);
  });

  it('normalises white space and answers no lines for an empty text', () => {
    expect(fitText('  Per \n Ek ', measure, limits).lines).toEqual(['Per Ek']);
    expect(fitText('   ', measure, limits).lines).toEqual([]);
  });
});

describe('wrap', () => {
  it('splits a word wider than the line between characters', () => {
    expect(wrap('Åäöéåäöéåäö', measure, 10, 25)).toEqual(['Åäöéå', 'äöéåä', 'ö']);
  });

  it('fills lines greedily', () => {
    expect(wrap('a b c d e', measure, 10, 15)).toEqual(['a b', 'c d', 'e']);
  });
});
