import { isMultiLine, isSingleLine, normaliseLineEnds } from './text';

describe('text rules', () => {
  const everywhere = [
    '\u0000',
    '\u0007',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u009b',
    '\u2028',
    '\u2029',
    '\u202a',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2069',
    '\r',
  ];

  it('one line: refuses line breaks, tabs, every control character and the spoofing characters', () => {
    for (const bad of [...everywhere, '\n', '\t', '\r\n']) expect(isSingleLine(`Åsa${bad}Öberg`)).toBe(false);
    for (const ok of ['Åsa Öberg', "O'Brien-Ståhl", '𝕊𝕒𝕞𝕧𝕖𝕣𝕜𝕒𝕟 🎉', 'مرحبا', '\u200bzero width', 'a\u00a0b', ''])
      expect(isSingleLine(ok)).toBe(true);
  });

  it('multi-line: keeps LF and tab, refuses a lone CR and every other control or spoofing character', () => {
    expect(isMultiLine('Rad ett\nRad två\n\tindrag')).toBe(true);
    for (const bad of everywhere) expect(isMultiLine(`Rad${bad}rad`)).toBe(false);
  });

  it('turns CRLF into LF and nothing else', () => {
    expect(normaliseLineEnds('a\r\nb\r\n\r\nc\rd\n')).toBe('a\nb\n\nc\rd\n');
  });
});
