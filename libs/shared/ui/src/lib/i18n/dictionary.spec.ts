import { isLanguage, mergeDictionaries } from './dictionary';

describe('mergeDictionaries', () => {
  it('merges nested keys from several domains without losing any', () => {
    const merged = mergeDictionaries([
      { common: { save: 'Spara' }, login: { title: 'Logga in' } },
      { common: { cancel: 'Avbryt' }, focusAreas: { title: 'Fokusområden' } },
    ]);
    expect(merged).toEqual({
      common: { save: 'Spara', cancel: 'Avbryt' },
      login: { title: 'Logga in' },
      focusAreas: { title: 'Fokusområden' },
    });
  });

  it('lets a later dictionary override a text', () => {
    expect(mergeDictionaries([{ a: 'first' }, { a: 'second' }])).toEqual({ a: 'second' });
  });

  it('does not modify its inputs', () => {
    const first = { common: { save: 'Spara' } };
    mergeDictionaries([first, { common: { cancel: 'Avbryt' } }]);
    expect(first).toEqual({ common: { save: 'Spara' } });
  });
});

describe('isLanguage', () => {
  it('accepts sv and en only', () => {
    expect(isLanguage('sv')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
