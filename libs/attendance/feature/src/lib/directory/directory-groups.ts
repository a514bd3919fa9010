import type { DirectoryEntry } from '@samverkan/attendance/contract';

export interface DirectoryGroup {
  organisationName: string;
  organisationType: DirectoryEntry['organisationType'];
  people: DirectoryEntry[];
}

/** The directory (sorted by organisation, then name, by the API) as one group per organisation. */
export function directoryGroups(items: readonly DirectoryEntry[]): DirectoryGroup[] {
  const groups: DirectoryGroup[] = [];
  for (const entry of items) {
    const last = groups.at(-1);
    if (last && last.organisationName.toLocaleLowerCase('sv') === entry.organisationName.toLocaleLowerCase('sv')) last.people.push(entry);
    else groups.push({ organisationName: entry.organisationName, organisationType: entry.organisationType, people: [entry] });
  }
  return groups;
}
