import { normaliseEmail } from './email';

describe('normaliseEmail', () => {
  it('trims, lower-cases and composes (NFC), so variants of one address compare equal', () => {
    expect(normaliseEmail('  Anna@Example.SE ')).toBe('anna@example.se');
    expect(normaliseEmail('A\u030asa@Example.se')).toBe('åsa@example.se');
    expect(normaliseEmail('ÅSA@EXAMPLE.SE')).toBe(normaliseEmail('a\u030asa@example.se'));
    expect(normaliseEmail('Örjan@Finspång.se')).toBe('örjan@finspång.se');
  });

  it('is idempotent and returns NFC text', () => {
    for (const value of ['İlse@x.se', 'A\u030a\u0301@x.se', 'ẞtraße@x.de', 'Ω@x.se']) {
      const once = normaliseEmail(value);
      expect(normaliseEmail(once)).toBe(once);
      expect(once.normalize('NFC')).toBe(once);
    }
  });

  it('keeps look-alikes from other scripts distinct', () => {
    expect(normaliseEmail('\u0430nna@example.se')).not.toBe(normaliseEmail('anna@example.se'));
  });
});
