import { recipientCounterKey, recipientKey } from './recipient-key';

describe('recipientKey', () => {
  it.each([
    ['Sara.Svensson@Kommun.SE'],
    [' sara.svensson@kommun.se '],
    ['ｓａｒａ.ｓｖｅｎｓｓｏｎ@ｋｏｍｍｕｎ.ｓｅ'],
    ['ſara.ſvenſſon@kommun.ſe'],
    ['ＳＡＲＡ.svensson@kommun.se'],
  ])('folds %j to the plain address', (spelling) => {
    expect(recipientKey(spelling)).toBe('sara.svensson@kommun.se');
  });

  it('folds ß and SS together', () => {
    expect(recipientKey('STRASSE@kommun.se')).toBe(recipientKey('straße@kommun.se'));
  });

  it('keeps Swedish letters, dots and plus tags', () => {
    expect(recipientKey('Åsa.Öberg@Kommun.se')).toBe('åsa.öberg@kommun.se');
    expect(recipientKey('sara.svensson@kommun.se')).not.toBe(recipientKey('sarasvensson@kommun.se'));
    expect(recipientKey('sara+konf@kommun.se')).not.toBe(recipientKey('sara@kommun.se'));
  });

  it('gives the composed and decomposed å the same key', () => {
    expect(recipientKey('a\u030asa@kommun.se')).toBe(recipientKey('\u00e5sa@kommun.se'));
  });
});

describe('recipientCounterKey', () => {
  it('is a SHA-256 per scope and folded address', () => {
    const key = recipientCounterKey('recipient', 'Sara@kommun.se');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('sara');
    expect(recipientCounterKey('recipient', 'ｓａｒａ@kommun.se')).toBe(key);
    expect(recipientCounterKey('confirmation:1', 'sara@kommun.se')).not.toBe(key);
  });
});
