/** A person named in a group error: their place in the list (1-based), name and e-mail. */
export interface NamedMember {
  index: number;
  position: number;
  name: string;
  email: string;
}

interface Person {
  firstName: string;
  lastName: string;
  email: string;
}

function named(members: readonly Person[], index: number): NamedMember {
  const m = members[index];
  return { index, position: index + 1, name: `${m.firstName} ${m.lastName}`, email: m.email };
}

/** The first member whose e-mail (case-insensitive) an earlier member already has, or null. */
export function duplicateInGroup(members: readonly Person[]): NamedMember | null {
  const seen = new Set<string>();
  for (let i = 0; i < members.length; i++) {
    const key = members[i].email.toLowerCase();
    if (seen.has(key)) return named(members, i);
    seen.add(key);
  }
  return null;
}

/** The first member, in list order, whose e-mail is among `taken` (lower-case), or null. */
export function firstTaken(members: readonly Person[], taken: readonly string[]): NamedMember | null {
  const set = new Set(taken.map((e) => e.toLowerCase()));
  const index = members.findIndex((m) => set.has(m.email.toLowerCase()));
  return index < 0 ? null : named(members, index);
}
