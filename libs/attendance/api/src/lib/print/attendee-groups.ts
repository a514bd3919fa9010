export interface ListedPerson {
  firstName: string;
  lastName: string;
  organisationName: string;
}

export interface OrganisationGroup<T extends ListedPerson = ListedPerson> {
  organisationName: string;
  people: T[];
}

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** Swedish alphabetical order by last name, then first name (å ä ö after z). */
export function byName(a: ListedPerson, b: ListedPerson): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}

/**
 * People grouped by organisation, organisations in Swedish alphabetical order and people by name in
 * each. Names that differ only in case or spacing ("Finspångs kommun", "finspångs  kommun") are one group,
 * shown as most of its people wrote it.
 */
export function groupByOrganisation<T extends ListedPerson>(people: readonly T[]): OrganisationGroup<T>[] {
  const groups = new Map<string, { spellings: Map<string, number>; people: T[] }>();
  for (const person of people) {
    const name = person.organisationName.replace(/\s+/g, ' ').trim();
    const key = name.toLocaleLowerCase('sv');
    const group = groups.get(key) ?? { spellings: new Map<string, number>(), people: [] };
    group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    group.people.push(person);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({
      organisationName: [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0][0],
      people: [...g.people].sort(byName),
    }))
    .sort((a, b) => collator.compare(a.organisationName, b.organisationName));
}
