import { directoryGroups } from './directory-groups';

const entry = (firstName: string, organisationName: string) => ({ firstName, lastName: 'Ek', organisationName, organisationType: 'municipality' as const });

describe('directoryGroups', () => {
  it('makes one group per organisation, keeping the order the API gave', () => {
    const groups = directoryGroups([entry('A', 'Ale kommun'), entry('B', 'ale kommun'), entry('C', 'Säffle kommun')]);
    expect(groups.map((g) => [g.organisationName, g.people.map((p) => p.firstName)])).toEqual([
      ['Ale kommun', ['A', 'B']],
      ['Säffle kommun', ['C']],
    ]);
  });

  it('answers no groups for an empty directory', () => {
    expect(directoryGroups([])).toEqual([]);
  });
});
