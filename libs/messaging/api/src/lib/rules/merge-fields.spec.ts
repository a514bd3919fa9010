import { renderMergeFields, unknownMergeFields, usedMergeFields, type MergeValues } from './merge-fields';

const values: MergeValues = {
  firstName: 'Åsa',
  conference: 'Industridagarna',
  manageLink: 'https://x.se/anmalan/abc',
  programmeLink: 'https://x.se/api/calendar/registrations/abc.ics',
};

describe('merge fields', () => {
  it('fills the Swedish and the English names of each field', () => {
    expect(renderMergeFields('Hej {förnamn}! Välkommen till {konferens}. {hanteringslänk} {programlänk}', values)).toBe(
      'Hej Åsa! Välkommen till Industridagarna. https://x.se/anmalan/abc https://x.se/api/calendar/registrations/abc.ics',
    );
    expect(renderMergeFields('Hello {firstName}, {conference}: {manageLink} {programmeLink}', values)).toBe(
      'Hello Åsa, Industridagarna: https://x.se/anmalan/abc https://x.se/api/calendar/registrations/abc.ics',
    );
  });

  it('ignores case in the names and leaves other braces alone', () => {
    expect(renderMergeFields('{Förnamn} {FIRSTNAME} { förnamn } {} {a b}', values)).toBe('Åsa Åsa { förnamn } {} {a b}');
  });

  it('does not fill a value into a value', () => {
    expect(renderMergeFields('{förnamn}', { ...values, firstName: '{konferens}' })).toBe('{konferens}');
  });

  it('names each unknown field once, in order', () => {
    expect(unknownMergeFields('Hej {fornamn} och {efternamn}, {fornamn}! {förnamn}')).toEqual(['fornamn', 'efternamn']);
    expect(unknownMergeFields('Hej {förnamn}, {conference}')).toEqual([]);
  });

  it('tells which fields the texts use', () => {
    expect([...usedMergeFields(['Hej {förnamn}', null, 'Se {manageLink}'])].sort()).toEqual(['firstName', 'manageLink']);
    expect(usedMergeFields(['Inga fält här']).size).toBe(0);
  });
});
