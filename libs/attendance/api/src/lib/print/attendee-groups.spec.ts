import { byName, groupByOrganisation } from './attendee-groups';

const person = (firstName: string, lastName: string, organisationName: string) => ({ firstName, lastName, organisationName });

describe('groupByOrganisation', () => {
  it('groups by organisation in Swedish order, people by last name then first name', () => {
    const groups = groupByOrganisation([
      person('Åsa', 'Öberg', 'Östersunds kommun'),
      person('Per', 'Andersson', 'Ale kommun'),
      person('Eva', 'Zetterberg', 'Ale kommun'),
      person('Anna', 'Andersson', 'Ale kommun'),
      person('Jörgen', 'Ek', 'Zinkgruvans kommun'),
    ]);
    expect(groups.map((g) => g.organisationName)).toEqual(['Ale kommun', 'Zinkgruvans kommun', 'Östersunds kommun']);
    expect(groups[0].people.map((p) => `${p.firstName} ${p.lastName}`)).toEqual(['Anna Andersson', 'Per Andersson', 'Eva Zetterberg']);
  });

  it('treats case and spacing variants of one organisation as one group, named as most wrote it', () => {
    const groups = groupByOrganisation([
      person('A', 'A', 'Finspångs kommun'),
      person('B', 'B', 'finspångs  kommun'),
      person('C', 'C', 'Finspångs kommun '),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].organisationName).toBe('Finspångs kommun');
    expect(groups[0].people).toHaveLength(3);
  });

  it('answers no groups for nobody', () => {
    expect(groupByOrganisation([])).toEqual([]);
  });
});

describe('byName', () => {
  it('puts Å Ä Ö after Z', () => {
    const names = ['Öst', 'Zorn', 'Åberg', 'Ek', 'Älv'].map((n) => person('X', n, ''));
    expect(names.sort(byName).map((p) => p.lastName)).toEqual(['Ek', 'Zorn', 'Åberg', 'Älv', 'Öst']);
  });
});
