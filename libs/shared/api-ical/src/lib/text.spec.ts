import { calendarLine, calendarLines } from './text';

describe('calendar text', () => {
  it('makes one line of anything: breaks and tabs become spaces, other controls go', () => {
    expect(calendarLine('a\r\nb\rc\nd\te\u000bf\u000cg\u0085h\u2028i\u2029j')).toBe('a b c d e f g h i j');
    expect(calendarLine('N\u0000U\u0007L\u001b\u007f\u009fL')).toBe('NULL');
    expect(calendarLine('Åsa 👩🏽‍💻 e\u0301 漢字; a, b: "c"')).toBe('Åsa 👩🏽‍💻 e\u0301 漢字; a, b: "c"');
  });

  it('keeps the lines of a description as LF, and its tabs', () => {
    expect(calendarLines('a\r\nb\rc\u2028d\u0000\te')).toBe('a\nb\nc\nd\te');
  });
});
