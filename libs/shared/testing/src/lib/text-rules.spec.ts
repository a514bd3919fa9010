import { checkTexts, parseTermTable } from './text-rules';

const table = `
Some prose.

| Svenska | Inte | English | Not | Definition |
| --- | --- | --- | --- | --- |
| **möte** | sammanträde*, sittning | meeting | sitting | When the working committee meets. |
| reservlista | kö, kön, köer | waiting list | queue, waitlist | Who gets a seat when one frees up. |
| e-post | *mejl* | e-mail | email, mail | Messages sent by e-mail. |
| justera | godkänn* protokoll* | approve | adjuster* | Confirm the minutes. |
`;

describe('parseTermTable', () => {
  it('reads each row: the term, its banned words, per language, and the definition', () => {
    const rows = parseTermTable(table);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      sv: { term: 'möte', banned: ['sammanträde*', 'sittning'] },
      en: { term: 'meeting', banned: ['sitting'] },
      definition: 'When the working committee meets.',
    });
  });

  it('fails loudly without a table', () => {
    expect(() => parseTermTable('no table')).toThrow(/term table/);
  });
});

describe('checkTexts', () => {
  const terms = parseTermTable(table);

  it('finds a banned word, also inflected when the list says so, and names the term to use', () => {
    const problems = checkTexts({ a: 'Nästa sammanträdesdag är bestämd.', b: 'Du står i kön.', c: 'Köp biljett.' }, 'sv', terms);
    expect(problems.map((p) => [p.key, p.problem])).toEqual([
      ['a', '"sammanträdesdag" is not in the term list (sammanträde*): use "möte"'],
      ['b', '"kön" is not in the term list (kön): use "reservlista"'],
    ]);
  });

  it('bans a phrase only as a whole, each word with its endings', () => {
    expect(checkTexts(['Ordföranden godkänner protokollet.'], 'sv', terms)[0].problem).toContain('"godkänner protokollet"');
    expect(checkTexts(['Godkänner du villkoren? Protokollet är klart.'], 'sv', terms)).toEqual([]);
  });

  it('checks the language asked for, whole words only, never inside a placeholder', () => {
    expect(checkTexts(['Send an e-mail to {{email}}.', 'Mailbox'], 'en', terms)).toEqual([]);
    expect(checkTexts(['{name} ({email}) is already registered.'], 'en', terms)).toEqual([]);
    expect(checkTexts(['Send a mail.'], 'en', terms).map((p) => p.key)).toEqual(['0']);
    expect(checkTexts(['Du mejlar oss.'], 'sv', terms)).toHaveLength(1);
    expect(checkTexts(['Länken i bekräftelsemejlet.'], 'sv', terms)[0].problem).toContain('"bekräftelsemejlet"');
  });

  it('asks for a plural form where a count is followed by a noun', () => {
    expect(checkTexts(['{{count}} kommentarer'], 'sv', terms)[0].problem).toMatch(/count without a plural form/);
    expect(checkTexts(['{count, plural, one {# kommentar} other {# kommentarer}}'], 'sv', terms)).toEqual([]);
    expect(checkTexts(['{{left}} av {{capacity, plural, one {# plats} other {# platser}}} kvar'], 'sv', terms)).toEqual([]);
    expect(checkTexts(['Skrivet av {{name}} i går'], 'sv', terms)).toEqual([]);
  });

  it('asks for both "one" and "other" in a plural', () => {
    const problems = checkTexts(['{count, plural, other {# kommentarer}}'], 'sv', terms);
    expect(problems.map((p) => p.problem)).toEqual(['the plural of {count} has no "one" form']);
  });
});
