import { formatKronor, kronorInput, parseKronor } from './money';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats öre as kronor in Swedish and English', () => {
    expect(plain(formatKronor(125_000, 'sv'))).toBe('1 250,00 kr');
    expect(plain(formatKronor(31_250, 'sv'))).toBe('312,50 kr');
    expect(plain(formatKronor(125_000, 'en'))).toBe('SEK 1,250.00');
  });

  it('reads kronor as staff type them', () => {
    expect(parseKronor('1250')).toBe(125_000);
    expect(parseKronor('1 250,5')).toBe(125_050);
    expect(parseKronor('1\u00a0250.05')).toBe(125_005);
    expect(parseKronor('0')).toBe(0);
    expect(parseKronor('')).toBeNull();
    expect(parseKronor('-5')).toBeNull();
    expect(parseKronor('12,345')).toBeNull();
    expect(parseKronor('12kr')).toBeNull();
  });

  it('writes öre back for the input', () => {
    expect(kronorInput(125_000)).toBe('1250');
    expect(kronorInput(125_050)).toBe('1250,50');
    expect(kronorInput(5)).toBe('0,05');
  });
});
